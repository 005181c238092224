// eddy: the JS half of the stream handle protocol (node's
// internal/stream_base_commons): writing through a handle's write* methods
// with a WriteWrap request, the onread callback that turns the C++ side's
// reports into push()/destroy(), and socket timeouts. Used by net.Socket and
// anything else that wraps a TCP, Pipe or TTY handle.
//
// The handle's owner (the stream) is found through handle[owner_symbol]. The
// owner provides kUpdateTimer (refresh its timeout), kAfterAsyncWrite and
// optionally kMaybeDestroy (run once the end of input was consumed).
'use strict';

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  WriteWrap,
  kReadBytesOrError,
  kArrayBufferOffset,
  kBytesWritten,
  kLastWriteWasAsync,
  streamBaseState,
} = internalBinding('stream_wrap');
const { UV_EOF } = internalBinding('uv');
const { errnoException } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const owner_symbol = Symbol('owner_symbol');
const kMaybeDestroy = Symbol('kMaybeDestroy');
const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kHandle = Symbol('kHandle');
const kSession = Symbol('kSession');
const kBuffer = Symbol('kBuffer');
const kBufferGen = Symbol('kBufferGen');
const kBufferCb = Symbol('kBufferCb');
// Set on a handle whose small writes are corked (see enableAutoCork).
const kAutoCork = Symbol('kAutoCork');

let timers;
function lazyTimers() {
  if (timers === undefined) {
    const internal = require('internal/timers');
    timers = {
      kTimeout: internal.kTimeout,
      setUnrefTimeout: internal.setUnrefTimeout,
      getTimerDuration: internal.getTimerDuration,
      clearTimeout: require('timers').clearTimeout,
    };
  }
  return timers;
}

// Starts writing `data` (a string in `encoding`, or a Buffer) on req.handle.
function handleWriteReq(req, data, encoding) {
  const handle = req.handle;
  switch (encoding) {
    case 'buffer': {
      const ret = handle.writeBuffer(req, data);
      if (streamBaseState[kLastWriteWasAsync]) req.buffer = data;
      return ret;
    }
    case 'utf8':
    case 'utf-8':
      return handle.writeUtf8String(req, data);
    case 'latin1':
    case 'binary':
      return handle.writeLatin1String(req, data);
    case 'ascii':
      return handle.writeAsciiString(req, data);
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return handle.writeUcs2String(req, data);
    default: {
      const buffer = Buffer.from(data, encoding);
      const ret = handle.writeBuffer(req, buffer);
      if (streamBaseState[kLastWriteWasAsync]) req.buffer = buffer;
      return ret;
    }
  }
}

// req.oncomplete of an asynchronous write.
function onWriteComplete(status) {
  const stream = this.handle[owner_symbol];
  if (stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    stream.destroy(errnoException(status, 'write', this.error), this.callback);
    return;
  }
  stream[kUpdateTimer]();
  stream[kAfterAsyncWrite](this);
  if (typeof this.callback === 'function') this.callback(null);
}

function createWriteWrap(handle) {
  const req = new WriteWrap();
  req.handle = handle;
  req.oncomplete = onWriteComplete;
  req.async = false;
  req.bytes = 0;
  req.buffer = null;
  return req;
}

// Encodings the handle's writev understands for string chunks.
const kWritevEncodings = new Set([
  'utf8', 'utf-8', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'buffer',
]);

// Writes Writable's queued entries ({ chunk, encoding }) in one call.
function writevGeneric(self, data, cb) {
  const req = createWriteWrap(self[kHandle]);
  const allBuffers = data.allBuffers;
  let chunks;
  if (!allBuffers && data.length > 1) {
    // All UTF-8 strings (many small socket.write(string) calls queued while
    // a write was in flight): one string, one native call. Not when a chunk
    // ends with a high surrogate: each chunk encodes on its own (a lone
    // surrogate becomes U+FFFD), joined it could pair with the next one.
    let i = 0;
    for (; i < data.length; i++) {
      const entry = data[i];
      const chunk = entry.chunk;
      if (typeof chunk !== 'string' ||
          (entry.encoding !== 'utf8' && entry.encoding !== 'utf-8')) break;
      const last = chunk.charCodeAt(chunk.length - 1);
      if (last >= 0xD800 && last <= 0xDBFF) break;
    }
    if (i === data.length) {
      chunks = new Array(data.length);
      for (i = 0; i < data.length; i++) chunks[i] = data[i].chunk;
      const err = req.handle.writeUtf8String(req, chunks.join(''));
      afterWriteDispatched(self, req, err, cb);
      return req;
    }
  }
  if (allBuffers) {
    chunks = new Array(data.length);
    for (let i = 0; i < data.length; i++) chunks[i] = data[i].chunk;
  } else {
    chunks = new Array(data.length << 1);
    for (let i = 0; i < data.length; i++) {
      const entry = data[i];
      let { chunk, encoding } = entry;
      if (typeof chunk === 'string' && !kWritevEncodings.has(encoding)) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
      chunks[i * 2] = chunk;
      chunks[i * 2 + 1] = encoding;
    }
  }
  const err = req.handle.writev(req, chunks, allBuffers);
  if (err === 0) req._chunks = chunks;
  afterWriteDispatched(self, req, err, cb);
  return req;
}

function writeGeneric(self, data, encoding, cb) {
  const req = createWriteWrap(self[kHandle]);
  const err = handleWriteReq(req, data, encoding);
  afterWriteDispatched(self, req, err, cb);
  return req;
}

function afterWriteDispatched(self, req, err, cb) {
  req.bytes = streamBaseState[kBytesWritten];
  req.async = !!streamBaseState[kLastWriteWasAsync];
  if (err !== 0) {
    self.destroy(errnoException(err, 'write', req.error), cb);
    return;
  }
  if (req.async) req.callback = cb;
  else cb();
}

// handle.onread: streamBaseState[kReadBytesOrError] holds the byte count (the
// bytes are in arrayBuffer from [kArrayBufferOffset]) or a negative errno.
function onStreamRead(arrayBuffer) {
  const nread = streamBaseState[kReadBytesOrError];
  const handle = this;
  const stream = this[owner_symbol];

  stream[kUpdateTimer]();

  if (nread > 0 && !stream.destroyed) {
    let ret;
    let keepReading;
    const userBuf = stream[kBuffer];
    if (userBuf) {
      keepReading = stream[kBufferCb](nread, userBuf) !== false;
      const bufGen = stream[kBufferGen];
      if (bufGen !== null) {
        const next = bufGen();
        if (next instanceof Uint8Array) {
          stream[kBuffer] = ret = next;
          handle.useUserBuffer(next);
        }
      }
    } else {
      const offset = streamBaseState[kArrayBufferOffset];
      keepReading = stream.push(new FastBuffer(arrayBuffer, offset, nread));
    }
    if (!keepReading) {
      handle.reading = false;
      if (!stream.destroyed) {
        const err = handle.readStop();
        if (err) stream.destroy(errnoException(err, 'read'));
      }
    }
    return ret;
  }

  if (nread === 0 || nread > 0) return;

  if (nread !== UV_EOF) {
    stream.destroy(errnoException(nread, 'read'));
    return;
  }

  // End of input: 'end' comes when the consumer has read everything.
  if (stream._readableState.endEmitted) {
    if (stream[kMaybeDestroy]) stream[kMaybeDestroy]();
  } else {
    if (stream[kMaybeDestroy]) stream.on('end', stream[kMaybeDestroy]);
    stream.push(null);
    stream.read(0);
  }
}

// handle.onwriteerror: corked bytes (see setAutoCork in
// src/loop/stream_wrap.h) failed to go out after the write had been
// reported done.
function onStreamWriteError(status) {
  const stream = this[owner_symbol];
  if (!stream || stream.destroyed) return;
  stream.destroy(errnoException(status, 'write'));
}

// Auto-cork for a handle the caller owns through a stream: small writes are
// gathered and sent together before the loop next waits. Whatever is still
// corked when the process exits is sent from a process 'exit' listener.
let exitFlushInstalled = false;
function enableAutoCork(handle) {
  if (typeof handle.setAutoCork !== 'function') return;
  handle.onwriteerror = onStreamWriteError;
  if (!handle.setAutoCork(true)) return;  // not a kind that corks
  handle[kAutoCork] = true;
  if (!exitFlushInstalled) {
    exitFlushInstalled = true;
    const { flushAutoCorked } = internalBinding('stream_wrap');
    process.on('exit', flushAutoCorked);
  }
}

// socket.setTimeout(msecs[, callback]).
function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  const t = lazyTimers();
  this.timeout = msecs;
  msecs = t.getTimerDuration(msecs, 'msecs');
  t.clearTimeout(this[t.kTimeout]);
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[t.kTimeout] = t.setUnrefTimeout(this._onTimeout.bind(this), msecs);
    if (this[kSession]) this[kSession][kUpdateTimer]();
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
}

module.exports = {
  createWriteWrap,
  writevGeneric,
  writeGeneric,
  onStreamRead,
  kAfterAsyncWrite,
  kMaybeDestroy,
  kUpdateTimer,
  kHandle,
  kSession,
  setStreamTimeout,
  enableAutoCork,
  kAutoCork,
  onStreamWriteError,
  kBuffer,
  kBufferCb,
  kBufferGen,
  owner_symbol,
};

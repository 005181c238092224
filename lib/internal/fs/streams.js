// eddy: fs.ReadStream and fs.WriteStream (node's lib/internal/fs/streams.js
// surface) on node:stream. A stream opens its file in _construct (emitting
// 'open' and 'ready'), or uses the descriptor or FileHandle it was given;
// reads and writes go through `options.fs` (node:fs by default), and
// destroying it closes the descriptor once no read or write is running.
'use strict';

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');

const binding = internalBinding('fs');
const { Readable, Writable, finished } = require('stream');
const { errorOrDestroy } = require('internal/streams/destroy');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
} = require('internal/validators');
const {
  FSReqCallback,
  callAsync,
  copyObject,
  fsConstants: constants,
  fsReadImpl,
  getOptions,
  getValidatedFd,
  kEmptyObject,
  toPathIfFileURL,
  validatePath,
} = require('internal/fs/utils');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kOwnFd = Symbol('kOwnFd');
const kPrefetch = Symbol('kPrefetch');
const kHandle = Symbol('kHandle');

function lazyFs() { return require('fs'); }

// The fs-like operations of a FileHandle, for streams built on one.
function fileHandleOperations(handle) {
  return {
    open: (path, flags, mode, cb) => { throw new ERR_METHOD_NOT_IMPLEMENTED('open()'); },
    close: (fd, cb) => {
      handle.close().then(() => cb(), cb);
    },
    read: (fd, buf, offset, length, pos, cb) => {
      handle.read(buf, offset, length, pos).then((r) => cb(null, r.bytesRead, r.buffer), cb);
    },
    write: (fd, buf, offset, length, pos, cb) => {
      handle.write(buf, offset, length, pos).then((r) => cb(null, r.bytesWritten, r.buffer), cb);
    },
    writev: (fd, buffers, pos, cb) => {
      handle.writev(buffers, pos).then((r) => cb(null, r.bytesWritten, r.buffers), cb);
    },
    fsync: (fd, cb) => {
      handle.sync().then(() => cb(), cb);
    },
  };
}

// Takes the path (with flags and mode), descriptor or FileHandle a stream
// works on; sets `fd` (null until opened) and the fs operations it uses.
function importFd(stream, path, options, defaultFlags, methods) {
  const { FileHandle } = require('internal/fs/promises');
  if (options.fd == null) {
    stream.fd = null;
    stream[kOwnFd] = true;
    validateStreamFs(stream, options, ['open', ...methods]);
    // The path is ignored when a descriptor is given, so only checked here.
    stream.path = toPathIfFileURL(path);
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    validatePath(stream.path);
    return;
  }
  if (typeof options.fd === 'number') {
    validateStreamFs(stream, options, methods);
    stream.fd = getValidatedFd(options.fd, 'options.fd');
    return;
  }
  if (options.fd instanceof FileHandle) {
    const handle = options.fd;
    stream[kHandle] = handle;
    stream[kFs] = fileHandleOperations(handle);
    handle.on('close', () => {
      if (!stream.destroyed) stream.destroy();
    });
    stream.fd = handle.fd;
    return;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

function validateStreamFs(stream, options, methods) {
  stream[kFs] = options.fs || lazyFs();
  for (const name of methods) {
    validateFunction(stream[kFs][name], `options.fs.${name}`);
  }
}

function openStream(stream, callback) {
  stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
    if (er) {
      callback(er);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function construct(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  if (this.open !== ReadStream.prototype.open && this.open !== WriteStream.prototype.open) {
    // A subclass with its own open(): it opens and emits 'open'.
    const onOpen = () => { cleanup(); callback(); };
    const onError = (er) => { cleanup(); callback(er); };
    const cleanup = () => {
      this.off('open', onOpen);
      this.off('error', onError);
    };
    this.on('open', onOpen);
    this.on('error', onError);
    this.open();
    return;
  }
  openStream(this, callback);
}

function closeStream(stream, err, cb) {
  if (stream.fd === null || stream.fd === undefined) {
    cb(err);
    return;
  }
  const fd = stream.fd;
  stream.fd = null;
  const done = () => stream[kFs].close(fd, (er) => cb(er || err));
  if (stream.flush) {
    stream[kFs].fsync(fd, (flushErr) => {
      if (flushErr) err = err || flushErr;
      done();
    });
  } else {
    done();
  }
}

function destroyStream(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  } else {
    closeStream(this, err, cb);
  }
}

// --- ReadStream -----------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, kEmptyObject));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  importFd(this, path, options, 'r', ['read', 'close']);
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
  configurable: true,
});

ReadStream.prototype.open = function() {};
ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ?
    Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  if (this[kFs].read === fsReadImpl.fn) {
    readChunk(this, n);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos, (er, bytesRead, data) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      let chunk = data || buf;
      if (bytesRead !== chunk.length) {
        const dst = Buffer.allocUnsafeSlow(bytesRead);
        chunk.copy(dst, 0, 0, bytesRead);
        chunk = dst;
      }
      this.push(chunk);
    } else {
      this.push(null);
    }
  });
};

// ReadStream's read with node:fs's own read(): the binding returns the
// bytes as new ArrayBuffers of exactly their size, which become the chunks
// (what read() into a fresh buffer would give, without the copy).
//
// A stream reading a regular file it opened itself reads up to
// kChunksAhead chunks (each the size _read asks for, within `end`) with one
// readv, keeps the extra ones and hands them out on the next _read calls (a
// tick later), so one thread-pool round trip serves several chunks. When no
// more than kRefillAt chunks are left, the next readv starts in the
// background, so reading overlaps the consumer's work (a file copy's
// writes). Chunk sizes, order and positions are those of one read per
// _read; reads still run one at a time, a failed or final background read
// is reported when the chunks before it have been handed out, and destroy()
// waits for the read in flight.
const kChunksAhead = 8;
const kRefillAt = 4;
const kReadInFlight = Symbol('kReadInFlight');
const kDeliverPending = Symbol('kDeliverPending');
const kWaiting = Symbol('kWaiting');
const kAheadEnd = Symbol('kAheadEnd');
const kChunkSize = Symbol('kChunkSize');

function readChunk(stream, n) {
  stream[kChunkSize] = n;
  const ahead = stream[kPrefetch];
  if (ahead !== undefined && ahead.length > 0) {
    // Handed out on the next tick, like a read that completed: the chunk
    // is pushed from outside _read, as node's would be.
    stream[kDeliverPending] = true;
    stream[kIsPerformingIO] = true;
    process.nextTick(deliverAhead, stream, ahead);
    return;
  }
  if (stream[kReadInFlight] === true) {
    // A background read is running: its chunks answer this _read.
    stream[kWaiting] = true;
    return;
  }
  const end = stream[kAheadEnd];
  if (end !== undefined) {
    // A background read met the end of the file, or failed.
    stream[kAheadEnd] = undefined;
    if (end === null) stream.push(null);
    else errorOrDestroy(stream, end);
    return;
  }
  stream[kWaiting] = true;
  startRead(stream, n, 0);
}

// Starts a readChunks of `n`-byte chunks, `queued` bytes past the position
// of the next chunk to hand out.
function startRead(stream, n, queued) {
  const done = stream.pos !== undefined ? stream.pos + queued : stream.bytesRead + queued;
  const left = stream.end - done + 1;
  let total = Math.min(n, left);
  // Only for a consumer in flowing mode (piped, or 'data' listeners, even
  // while paused by back-pressure): one reading with read() gets one chunk
  // per read, as before. At most kChunksAhead + kRefillAt - 1 chunks wait
  // here when the consumer then stops.
  if (stream.readableFlowing !== null && canReadAhead(stream)) {
    total = Math.min(n * kChunksAhead, left);
  }
  stream[kReadInFlight] = true;
  stream[kIsPerformingIO] = true;
  const req = new FSReqCallback((er, chunks) => {
    stream[kReadInFlight] = false;
    stream[kIsPerformingIO] = stream[kDeliverPending] === true;
    if (stream.destroyed) {
      if (!stream[kIsPerformingIO]) stream.emit(kIoDone, er);
      return;
    }
    const waiting = stream[kWaiting] === true;
    stream[kWaiting] = false;
    if (er) {
      if (waiting) errorOrDestroy(stream, er);
      else stream[kAheadEnd] = er;
      return;
    }
    if (chunks.length === 0) {
      if (waiting) stream.push(null);
      else stream[kAheadEnd] = null;
      return;
    }
    const ahead = stream[kPrefetch];
    if (ahead === undefined || ahead.length === 0) {
      stream[kPrefetch] = chunks;
    } else {
      for (let i = 0; i < chunks.length; i++) ahead.push(chunks[i]);
    }
    if (waiting) deliverChunk(stream, stream[kPrefetch].shift());
  }, 'read');
  callAsync(binding.readChunks(stream.fd, n, total, stream.pos !== undefined ? stream.pos + queued : -1, req), req);
}

// Whether the stream may read ahead: its own regular file, checked once.
function canReadAhead(stream) {
  let ok = stream[kOwnFd];
  if (ok === true) {
    const st = binding.fstat(stream.fd, false);
    ok = typeof st !== 'number' && ((st[1] & constants.S_IFMT) === constants.S_IFREG);
    stream[kOwnFd] = ok ? 1 : false;
  }
  return ok === 1;
}

function deliverAhead(stream, ahead) {
  stream[kDeliverPending] = false;
  stream[kIsPerformingIO] = stream[kReadInFlight] === true;
  if (stream.destroyed) {
    if (!stream[kIsPerformingIO]) stream.emit(kIoDone);
    return;
  }
  deliverChunk(stream, ahead.shift());
}

// Pushes a chunk; then, when few chunks are left and the stream reads
// ahead, starts the next readv.
function deliverChunk(stream, ab) {
  const n = stream[kChunkSize];
  const bytesRead = ab.byteLength;
  if (stream.pos !== undefined) stream.pos += bytesRead;
  stream.bytesRead += bytesRead;
  const ahead = stream[kPrefetch];
  if (ahead.length <= kRefillAt && stream[kReadInFlight] !== true &&
      stream[kAheadEnd] === undefined && stream[kOwnFd] === 1 &&
      stream.readableFlowing !== null) {
    let queued = 0;
    for (let i = 0; i < ahead.length; i++) queued += ahead[i].byteLength;
    const done = stream.pos !== undefined ? stream.pos + queued : stream.bytesRead + queued;
    // Only after full chunks (a short one is the end of the file or of
    // `end`), and only when bytes are left to read.
    if (bytesRead === n && stream.end - done + 1 > 0) startRead(stream, n, queued);
  }
  stream.push(new FastBuffer(ab));
}

ReadStream.prototype._destroy = destroyStream;

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

// --- WriteStream -----------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, kEmptyObject));
  // Strings become Buffers before _write (the file takes bytes).
  options.decodeStrings = true;
  importFd(this, path, options, 'w', ['write', 'close']);
  if (options.fs?.writev !== undefined) validateFunction(options.fs.writev, 'options.fs.writev');
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  if (options.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(options.flush, 'options.flush');
    this.flush = options.flush;
  }
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  // Without a writev in the fs given, chunks are written one at a time.
  if (this[kFs].writev === undefined) this._writev = null;
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
  configurable: true,
});

WriteStream.prototype.open = function() {};
WriteStream.prototype._construct = construct;

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      cb(er);
      return;
    }
    this.bytesWritten += bytes;
    cb();
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(data, cb) {
  const len = data.length;
  const chunks = new Array(len);
  let size = 0;
  for (let i = 0; i < len; i++) {
    const chunk = data[i].chunk;
    chunks[i] = chunk;
    size += chunk.length;
  }
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, chunks, this.pos ?? null, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      cb(er);
      return;
    }
    this.bytesWritten += bytes;
    cb();
  });
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = destroyStream;

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // With autoClose off, 'finish' would leave the descriptor open.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

// Node's old name for end().
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

// Whether `stream` writes with the real fs module (no options.fs, no
// FileHandle): then nothing but the file sees how its chunks were cut.
function writesWithRealFs(stream) {
  return stream[kFs] === lazyFs();
}

module.exports = {
  ReadStream,
  WriteStream,
  writesWithRealFs,
};

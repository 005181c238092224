// eddy: bridges between node streams and web streams (node's
// lib/internal/webstreams/adapters.js role): Readable.fromWeb/toWeb,
// Writable.fromWeb/toWeb and Duplex.fromWeb/toWeb, with node 20's
// argument checks, strategies and error propagation.
//
// Web-to-node directions read and write through the streams' internal
// algorithms with one reused read request or write tracker per adapter, so
// a chunk costs no promise; back-pressure comes from the node side's
// highWaterMark (read() is called only while it wants data) and from the
// web writer's ready state (a write waits for it).
'use strict';

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const {
  PromisePrototypeThen,
  enqueueMicrotask,
  kEmptyObject,
  kState,
} = require('internal/webstreams/util');
const {
  ReadableStream,
  ReadableStreamDefaultReader,
  isReadableStream,
  readableStreamCancel,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultReaderRead,
} = require('internal/webstreams/readablestream');
const {
  WritableStream,
  WritableStreamDefaultWriter,
  isWritableStream,
  writableStreamDefaultWriterWrite,
} = require('internal/webstreams/writablestream');
const {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
} = require('internal/webstreams/queuingstrategies');
const {
  isDestroyed,
  isReadable,
  isWritable,
  isWritableEnded,
} = require('internal/streams/utils');
const { destroyer: destroy } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');

let lazyStreams;
function streams() {
  lazyStreams ??= {
    Readable: require('internal/streams/readable'),
    Writable: require('internal/streams/writable'),
    Duplex: require('internal/streams/duplex'),
    Buffer: require('buffer').Buffer,
  };
  return lazyStreams;
}

function checkEncoding(encoding) {
  if (encoding !== undefined && !streams().Buffer.isEncoding(encoding)) {
    // node 20 passes these two the other way round.
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
}

// Calls a node callback outside the promise machinery.
function callSafely(callback, error, stream) {
  try {
    callback(error);
  } catch (err) {
    process.nextTick(() => destroy(stream, err));
  }
}

// Runs `fn(error)` in a microtask when the reader's/writer's closed
// promise settles (error is undefined when it fulfilled).
function onClosed(lazy, onFulfilled, onRejected) {
  const waiter = () => {
    if (lazy.state === 1) onFulfilled();
    else onRejected(lazy.value);
  };
  if (lazy.state !== 0) enqueueMicrotask(waiter);
  else lazy.waiter = waiter;
}

// --- web ReadableStream -> node Readable ---------------------------------------------

// The node-side read(): one read request, chunks pushed a microtask after
// they arrive (where node 20's promise reaction pushed them).
class WebReader {
  constructor(reader) {
    this.reader = reader;
    this.stream = undefined;
    this.pendingChunk = undefined;
    this.ended = false;
    this.forward = () => {
      const chunk = this.pendingChunk;
      this.pendingChunk = undefined;
      this.stream.push(chunk);
    };
    this.end = () => this.stream.push(null);
  }

  read() {
    if (this.ended || this.reader[kState].stream === undefined) return;
    readableStreamDefaultReaderRead(this.reader, this);
  }

  chunkSteps(chunk) {
    this.pendingChunk = chunk;
    enqueueMicrotask(this.forward);
  }

  closeSteps() {
    this.ended = true;
    enqueueMicrotask(this.end);
  }

  errorSteps(error) {
    this.ended = true;
    enqueueMicrotask(() => destroy(this.stream, error));
  }
}

function newStreamReadableFromReadableStream(readableStream, options = kEmptyObject) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  checkEncoding(encoding);
  validateBoolean(objectMode, 'options.objectMode');
  const reader = new ReadableStreamDefaultReader(readableStream);
  const source = new WebReader(reader);
  let closed = false;
  const readable = new (streams().Readable)({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      source.read();
    },
    destroy(error, callback) {
      const done = () => callSafely(callback, error, readable);
      if (!closed) {
        closed = true;
        PromisePrototypeThen.call(cancelReader(reader, error), done, done);
        return;
      }
      done();
    },
  });
  source.stream = readable;
  onClosed(reader[kState].closed, () => { closed = true; }, (error) => {
    closed = true;
    destroy(readable, error);
  });
  return readable;
}

function cancelReader(reader, reason) {
  return reader.cancel(reason);
}

// --- web WritableStream -> node Writable -----------------------------------------

// The node-side write/writev/final: waits for the web writer's ready state,
// then queues the chunks with itself as their write request.
class WebWriter {
  constructor(writer, stream, objectMode, decodeStrings) {
    this.writer = writer;
    this.stream = stream;
    this.objectMode = objectMode;
    this.decodeStrings = decodeStrings;
    this.chunks = undefined;
    this.callback = undefined;
    this.pending = 0;
    this.error = undefined;
    this.writeNow = () => this.dispatch();
    this.finishNow = () => {
      const callback = this.callback;
      const error = this.error;
      this.callback = undefined;
      this.error = undefined;
      callSafely(callback, error, this.stream);
    };
  }

  write(chunks, callback) {
    this.chunks = chunks;
    this.callback = callback;
    const ready = this.writer[kState].ready;
    if (ready.state === 0) ready.waiter = this.writeNow;
    else this.dispatch();
  }

  dispatch() {
    const chunks = this.chunks;
    this.chunks = undefined;
    const w = this.writer[kState];
    if (w.stream === undefined || w.ready.state === 2) {
      this.finish(w.ready.state === 2 ? w.ready.value : undefined);
      return;
    }
    this.pending = chunks.length;
    this.error = undefined;
    for (let i = 0; i < chunks.length; i++) {
      writableStreamDefaultWriterWrite(this.writer, chunks[i], this);
    }
  }

  resolve() {
    if (--this.pending === 0) this.finish(this.error);
  }

  reject(error) {
    if (this.error === undefined) this.error = error;
    if (--this.pending === 0) this.finish(this.error);
  }

  // resolve()/reject() run inside the web stream's algorithms, which must
  // not be re-entered from there: the node callback (which may write the
  // next chunk at once) runs a microtask later.
  finish(error) {
    this.error = error;
    enqueueMicrotask(this.finishNow);
  }

  toChunk(chunk, encoding) {
    if (typeof chunk === 'string' && this.decodeStrings && !this.objectMode) {
      const buf = streams().Buffer.from(chunk, encoding);
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    return chunk;
  }
}

function closeWriter(writer) {
  return writer.close();
}

function abortWriter(writer, reason) {
  return writer.abort(reason);
}

function writableMethods(sink, getStream, isClosed) {
  return {
    write(chunk, encoding, callback) {
      sink.write([sink.toChunk(chunk, encoding)], callback);
    },
    writev(chunks, callback) {
      const list = new Array(chunks.length);
      for (let i = 0; i < chunks.length; i++) {
        list[i] = sink.toChunk(chunks[i].chunk, chunks[i].encoding);
      }
      sink.write(list, callback);
    },
    final(callback) {
      const done = (error) => callSafely(callback, error, getStream());
      if (!isClosed()) PromisePrototypeThen.call(closeWriter(sink.writer), () => done(), done);
    },
  };
}

function newStreamWritableFromWritableStream(writableStream, options = kEmptyObject) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  const writer = new WritableStreamDefaultWriter(writableStream);
  let closed = false;
  let writable;
  const sink = new WebWriter(writer, undefined, objectMode, decodeStrings);
  const methods = writableMethods(sink, () => writable, () => closed);
  writable = new (streams().Writable)({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    write: methods.write,
    writev: methods.writev,
    final: methods.final,
    destroy(error, callback) {
      const done = () => callSafely(callback, error, writable);
      if (!closed) {
        const promise = error != null ? abortWriter(writer, error) : closeWriter(writer);
        PromisePrototypeThen.call(promise, done, done);
        return;
      }
      done();
    },
  });
  sink.stream = writable;
  onClosed(writer[kState].closed, () => {
    closed = true;
    if (!isWritableEnded(writable)) destroy(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroy(writable, error);
  });
  return writable;
}

// --- node Readable -> web ReadableStream -----------------------------------------

function newReadableStreamFromStreamReadable(streamReadable, options = kEmptyObject) {
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  const strategy = options?.strategy ||
    (objectMode ? new CountQueuingStrategy({ highWaterMark }) :
      new ByteLengthQueuingStrategy({ highWaterMark }));
  let controller;

  function onData(chunk) {
    // A copy, so the chunk is not a view into a pooled Buffer.
    if (!objectMode && streams().Buffer.isBuffer(chunk)) chunk = new Uint8Array(chunk);
    readableStreamDefaultControllerEnqueue(controller, chunk);
    if (readableStreamDefaultControllerGetDesiredSize(controller) <= 0) streamReadable.pause();
  }

  streamReadable.pause();
  const cleanup = eos(streamReadable, (error) => {
    if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') error = new AbortError(undefined, { cause: error });
    cleanup();
    // Legacy streams may emit 'error' again after finishing.
    streamReadable.on('error', () => {});
    if (error) return readableStreamDefaultControllerError(controller, error);
    readableStreamDefaultControllerClose(controller);
  });
  streamReadable.on('data', onData);

  return new ReadableStream({
    start(c) { controller = c; },
    pull() { streamReadable.resume(); },
    cancel(reason) { destroy(streamReadable, reason); },
  }, strategy);
}

// --- node Writable -> web WritableStream -------------------------------------------

function newWritableStreamFromStreamWritable(streamWritable) {
  if (typeof streamWritable?._writableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  const highWaterMark = streamWritable.writableHighWaterMark;
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  let controller;
  let drainWaiter;
  let closed;

  function onDrain() {
    if (drainWaiter !== undefined) {
      const waiter = drainWaiter;
      drainWaiter = undefined;
      waiter.resolve();
    }
  }

  const cleanup = eos(streamWritable, (error) => {
    if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') error = new AbortError(undefined, { cause: error });
    cleanup();
    streamWritable.on('error', () => {});
    if (error != null) {
      if (drainWaiter !== undefined) {
        const waiter = drainWaiter;
        drainWaiter = undefined;
        waiter.reject(error);
      }
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller?.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller?.error(new AbortError());
    controller = undefined;
  });
  streamWritable.on('drain', onDrain);

  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        return new Promise((resolve, reject) => {
          drainWaiter = { resolve, reject };
        });
      }
      return undefined;
    },
    abort(reason) {
      destroy(streamWritable, reason);
    },
    close() {
      if (closed === undefined && !isWritableEnded(streamWritable)) {
        return new Promise((resolve, reject) => {
          closed = { resolve, reject };
          streamWritable.end();
        });
      }
      controller = undefined;
      return undefined;
    },
  }, strategy);
}

// --- Duplex -------------------------------------------------------------------------

function newReadableWritablePairFromDuplex(duplex) {
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  if (isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  const writable = isWritable(duplex) ?
    newWritableStreamFromStreamWritable(duplex) : new WritableStream();
  if (!isWritable(duplex)) writable.close();
  const readable = isReadable(duplex) ?
    newReadableStreamFromStreamReadable(duplex) : new ReadableStream();
  if (!isReadable(duplex)) readable.cancel();
  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = kEmptyObject, options = kEmptyObject) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    allowHalfOpen = false,
    objectMode = false,
    encoding,
    decodeStrings = true,
    highWaterMark,
    signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  checkEncoding(encoding);
  const writer = new WritableStreamDefaultWriter(writableStream);
  const reader = new ReadableStreamDefaultReader(readableStream);
  let writableClosed = false;
  let readableClosed = false;
  let duplex;
  const sink = new WebWriter(writer, undefined, objectMode, decodeStrings);
  const source = new WebReader(reader);
  const methods = writableMethods(sink, () => duplex, () => writableClosed);
  duplex = new (streams().Duplex)({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,
    write: methods.write,
    writev: methods.writev,
    final: methods.final,
    read() {
      source.read();
    },
    destroy(error, callback) {
      const done = () => callSafely(callback, error, duplex);
      if (!writableClosed || !readableClosed) {
        const promises = [];
        if (!writableClosed) {
          writableClosed = true;
          promises.push(abortWriter(writer, error));
        }
        if (!readableClosed) {
          readableClosed = true;
          promises.push(cancelReader(reader, error));
        }
        PromisePrototypeThen.call(Promise.all(promises), () => done(), done);
        return;
      }
      done();
    },
  });
  sink.stream = duplex;
  source.stream = duplex;
  onClosed(writer[kState].closed, () => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroy(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  onClosed(reader[kState].closed, () => { readableClosed = true; }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroy(duplex, error);
  });
  return duplex;
}

// --- Blob.prototype.stream() and FileHandle.readableWebStream() -----------------

// A byte stream over `bytes` (never written to): the rest in one chunk, or
// as much as a BYOB read asks for.
function newReadableStreamFromBytes(bytes) {
  let offset = 0;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      const remaining = bytes.length - offset;
      if (remaining > 0) {
        const request = controller.byobRequest;
        if (request !== null) {
          const view = request.view;
          const n = Math.min(view.byteLength, remaining);
          view.set(bytes.subarray(offset, offset + n));
          offset += n;
          request.respond(n);
        } else {
          controller.enqueue(bytes.slice(offset));
          offset = bytes.length;
        }
      }
      if (offset === bytes.length) {
        controller.close();
        controller.byobRequest?.respond(0);
      }
    },
  });
}

// node 20's shapes: ArrayBuffer chunks of up to 64 KiB, or with `bytes` a
// byte stream reading 16 KiB at a time. The stream holds a reference on
// the handle until it ends, and closing the handle cancels it.
function newReadableStreamFromFileHandle(handle, bytes, ref, unref) {
  let done = false;
  const finish = () => {
    if (!done) {
      done = true;
      unref();
    }
  };
  let stream;
  if (bytes) {
    stream = new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      async pull(controller) {
        const view = controller.byobRequest.view;
        const { bytesRead } = await handle.read(view, 0, view.byteLength, null);
        if (bytesRead === 0) {
          controller.close();
          finish();
        }
        controller.byobRequest.respond(bytesRead);
      },
      cancel() { finish(); },
    });
  } else {
    stream = new ReadableStream({
      async pull(controller) {
        const buffer = new Uint8Array(65536);
        const { bytesRead } = await handle.read(buffer, 0, 65536, null);
        if (bytesRead === 0) {
          controller.close();
          finish();
          return;
        }
        controller.enqueue(bytesRead === 65536 ? buffer.buffer : buffer.buffer.slice(0, bytesRead));
      },
      cancel() { finish(); },
    });
  }
  ref();
  handle.once('close', () => {
    if (stream[kState].state === 'readable') readableStreamCancel(stream, undefined);
  });
  return stream;
}

module.exports = {
  newReadableStreamFromBytes,
  newReadableStreamFromFileHandle,
  newReadableStreamFromStreamReadable,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
  newStreamReadableFromReadableStream,
  newStreamWritableFromWritableStream,
  newWritableStreamFromStreamWritable,
};

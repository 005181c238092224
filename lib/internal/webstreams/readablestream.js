// eddy: ReadableStream, its readers, controllers and BYOB request (WHATWG
// Streams §4), with tee, pipeTo/pipeThrough, async iteration and
// ReadableStream.from, following node 20's error codes, messages and
// inspect output.
//
// The spec's abstract operations are the functions below, named after it;
// internal slots live in `obj[kState]`. A read request is any object with
// chunkSteps(chunk), closeSteps(chunk) and errorSteps(e); the public read()
// settles a promise from one, while tee, pipeTo, the async iterator and the
// node-stream adapters pass their own (reused) objects, so reading a chunk
// that is already queued allocates no promise at all for them. Reader
// closed promises are LazyPromises (internal/webstreams/util.js).
'use strict';

const {
  AbortError,
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction,
  validateObject,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
} = require('internal/validators');
const { isSharedArrayBuffer, isDataView } = internalBinding('types');
const {
  Deferred,
  LazyPromise,
  PromisePrototypeThen,
  PromiseReject,
  PromiseResolve,
  arrayBufferByteLength,
  callPromiseCallback,
  checkChunkSize,
  copyBytes,
  customInspect,
  dequeueValue,
  enqueueMicrotask,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isBrand,
  isDetached,
  kEmptyObject,
  kControllerErrorFunction,
  kInspect,
  kIsClosedPromise,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
  kPending,
  kState,
  kType,
  markHandled,
  newPendingPromise,
  nop,
  queueLength,
  resolvedPromise,
  takeResolvers,
  reactTo,
  resetQueue,
  toPromise,
  transferArrayBuffer,
} = require('internal/webstreams/util');
const {
  isWritableStream,
  WritableStreamDefaultWriter,
  writableStreamAbort,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
} = require('internal/webstreams/writablestream');

const kAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kAllowObjectsAndNull = kAllowObjects | kValidateObjectAllowNullable;
const kSkipThrow = Symbol('kSkipThrow');
const PromiseAll = Promise.all;

let releasedError;
let releasingError;
function readerReleasedError() {
  releasedError ??= new ERR_INVALID_STATE.TypeError('Reader released');
  return releasedError;
}
function readerReleasingError() {
  releasingError ??= new ERR_INVALID_STATE.TypeError('Releasing reader');
  return releasingError;
}

function bindError() {
  return new TypeError('Bind must be called on a function');
}

function isReadableStream(value) {
  return isBrand(value, 'ReadableStream');
}
function isReadableStreamDefaultReader(value) {
  return isBrand(value, 'ReadableStreamDefaultReader');
}
function isReadableStreamBYOBReader(value) {
  return isBrand(value, 'ReadableStreamBYOBReader');
}
function isReadableStreamDefaultController(value) {
  return isBrand(value, 'ReadableStreamDefaultController');
}
function isReadableByteStreamController(value) {
  return isBrand(value, 'ReadableByteStreamController');
}
function isReadableStreamBYOBRequest(value) {
  return isBrand(value, 'ReadableStreamBYOBRequest');
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

// --- read requests -------------------------------------------------------------

// The request behind reader.read(): the result is kept when the steps run
// during the read() call itself, and a promise is made only otherwise.
class PromiseReadRequest {
  constructor() {
    this.status = 0;
    this.result = undefined;
    this.resolve = undefined;
    this.reject = undefined;
  }

  chunkSteps(value) {
    this.settle({ value, done: false });
  }

  closeSteps(value) {
    this.settle({ value, done: true });
  }

  errorSteps(error) {
    if (this.reject !== undefined) {
      this.reject(error);
    } else {
      this.status = 2;
      this.result = error;
    }
  }

  settle(result) {
    if (this.resolve !== undefined) {
      this.resolve(result);
    } else {
      this.status = 1;
      this.result = result;
    }
  }

  promise() {
    if (this.status === 1) return PromiseResolve(this.result);
    if (this.status === 2) return PromiseReject(this.result);
    const promise = newPendingPromise();
    takeResolvers(this);
    return promise;
  }
}

// --- ReadableStream -------------------------------------------------------------

class ReadableStream {
  constructor(source = kEmptyObject, strategy = kEmptyObject) {
    validateObject(source, 'source', kAllowObjects);
    validateObject(strategy, 'strategy', kAllowObjectsAndNull);
    initializeReadableStream(this);
    const size = strategy?.size;
    const highWaterMark = strategy?.highWaterMark;
    const type = source.type;
    if (`${type}` === 'bytes') {
      if (size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', size);
      setupByteControllerFromSource(this, source, extractHighWaterMark(highWaterMark, 0));
    } else {
      if (type !== undefined) throw new ERR_INVALID_ARG_VALUE('source.type', type);
      setupDefaultControllerFromSource(this, source, extractHighWaterMark(highWaterMark, 1),
                                       extractSizeAlgorithm(size));
    }
  }

  get locked() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return this[kState].reader !== undefined;
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return PromiseReject(new ERR_INVALID_THIS('ReadableStream'));
    if (this[kState].reader !== undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options = kEmptyObject) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    validateObject(options, 'options', kAllowObjectsAndNull);
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = kEmptyObject) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform?.writable;
    if (!isWritableStream(writable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    validateObject(options, 'options', kAllowObjectsAndNull);
    const preventAbort = options?.preventAbort;
    const preventCancel = options?.preventCancel;
    const preventClose = options?.preventClose;
    const signal = options?.signal;
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (this[kState].reader !== undefined) {
      throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    }
    if (writable[kState].writer !== undefined) {
      throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    }
    const promise = readableStreamPipeTo(this, writable, !!preventClose, !!preventAbort,
                                         !!preventCancel, signal);
    markHandled(promise);
    return readable;
  }

  pipeTo(destination, options = kEmptyObject) {
    try {
      if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
      if (!isWritableStream(destination)) {
        // node names the argument this way.
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      validateObject(options, 'options', kAllowObjectsAndNull);
      const preventAbort = options?.preventAbort;
      const preventCancel = options?.preventCancel;
      const preventClose = options?.preventClose;
      const signal = options?.signal;
      if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
      if (this[kState].reader !== undefined) {
        throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      }
      if (destination[kState].writer !== undefined) {
        throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      }
      return readableStreamPipeTo(this, destination, !!preventClose, !!preventAbort,
                                  !!preventCancel, signal);
    } catch (error) {
      return PromiseReject(error);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return readableStreamTee(this, false);
  }

  values(options = kEmptyObject) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    validateObject(options, 'options', kAllowObjectsAndNull);
    const preventCancel = !!(options?.preventCancel);
    const reader = new ReadableStreamDefaultReader(this);
    return createAsyncIterator(reader, preventCancel);
  }

  get [kIsDisturbed]() {
    return this[kState].disturbed;
  }

  get [kIsErrored]() {
    return this[kState].state === 'errored';
  }

  get [kIsReadable]() {
    return this[kState].state === 'readable';
  }

  // node keeps these two as own properties made with every stream; eddy
  // makes them when read.
  get [kIsClosedPromise]() {
    if (!isReadableStream(this)) return undefined;
    const s = this[kState];
    s.settledSlot ??= { promise: readableStreamSettledPromise(this) };
    return s.settledSlot;
  }

  get [kControllerErrorFunction]() {
    if (!isReadableStream(this)) return undefined;
    return (error) => readableStreamErrorFromSignal(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStream', {
      locked: this.locked,
      state: this[kState].state,
      supportsBYOB: this[kState].controller[kType] === 'ReadableByteStreamController',
    });
  }
}

Object.defineProperties(ReadableStream.prototype, {
  [Symbol.asyncIterator]: {
    value: ReadableStream.prototype.values, writable: true, configurable: true,
  },
  locked: { enumerable: true },
  cancel: { enumerable: true },
  getReader: { enumerable: true },
  pipeThrough: { enumerable: true },
  pipeTo: { enumerable: true },
  tee: { enumerable: true },
  values: { enumerable: true },
  [Symbol.toStringTag]: { value: 'ReadableStream', configurable: true },
});
Object.defineProperty(ReadableStream, 'from', { enumerable: true });

function initializeReadableStream(stream) {
  stream[kType] = 'ReadableStream';
  stream[kState] = {
    state: 'readable',
    storedError: undefined,
    disturbed: false,
    reader: undefined,
    controller: undefined,
    // A LazyPromise settled when the stream closes or errors, made only
    // once stream.finished() asks (readableStreamSettledPromise).
    settled: undefined,
    settledSlot: undefined,
  };
}

// What stream.finished() waits on (node's kIsClosedPromise): fulfilled when
// the stream closes, rejected with its error.
function readableStreamSettledPromise(stream) {
  const s = stream[kState];
  if (s.settled === undefined) {
    if (s.state === 'readable') s.settled = new LazyPromise();
    else if (s.state === 'closed') s.settled = new LazyPromise(1);
    else s.settled = new LazyPromise(2, s.storedError);
  }
  return s.settled.get();
}

// stream.addAbortSignal() errors a stream as its controller's error() would;
// byte streams ignore it, as in node.
function readableStreamErrorFromSignal(stream, error) {
  const controller = stream[kState].controller;
  if (controller[kType] === 'ReadableStreamDefaultController') {
    readableStreamDefaultControllerError(controller, error);
  }
}

// A stream over internal algorithms: `algorithms` has pull(controller) and
// cancel(reason), optionally start(controller), called with it as `this`.
function createReadableStream(algorithms, highWaterMark = 1, sizeAlgorithm = undefined) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  setupReadableStreamDefaultController(stream, controller, algorithms, algorithms.start,
                                       algorithms.pull, algorithms.cancel, highWaterMark,
                                       sizeAlgorithm);
  return stream;
}

function createReadableByteStream(algorithms, highWaterMark = 0,
                                  autoAllocateChunkSize = undefined) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  const controller = new ReadableByteStreamController(kSkipThrow);
  setupReadableByteStreamController(stream, controller, algorithms, algorithms.start,
                                    algorithms.pull, algorithms.cancel, highWaterMark,
                                    autoAllocateChunkSize);
  return stream;
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') return PromiseResolve(undefined);
  if (s.state === 'errored') return PromiseReject(s.storedError);
  readableStreamClose(stream);
  const reader = s.reader;
  if (reader !== undefined && reader[kState].byob) {
    const r = reader[kState];
    const requests = r.requests;
    r.requests = [];
    for (let i = 0; i < requests.length; i++) requests[i].closeSteps(undefined);
  }
  const controller = s.controller;
  const result = controller[kType] === 'ReadableByteStreamController' ?
    byteControllerCancelSteps(controller, reason) :
    defaultControllerCancelSteps(controller, reason);
  return PromisePrototypeThen.call(toPromise(result), nop);
}

function readableStreamClose(stream) {
  const s = stream[kState];
  s.state = 'closed';
  if (s.settled !== undefined) s.settled.resolve(undefined);
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  r.closed.resolve(undefined);
  if (!r.byob) {
    const requests = r.requests;
    if (requests.length > 0) {
      r.requests = [];
      for (let i = 0; i < requests.length; i++) requests[i].closeSteps(undefined);
    }
  }
}

function readableStreamError(stream, error) {
  const s = stream[kState];
  s.state = 'errored';
  s.storedError = error;
  if (s.settled !== undefined) s.settled.reject(error);
  const reader = s.reader;
  if (reader === undefined) return;
  const r = reader[kState];
  r.closed.reject(error);
  const requests = r.requests;
  if (requests.length > 0) {
    r.requests = [];
    for (let i = 0; i < requests.length; i++) requests[i].errorSteps(error);
  }
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && !reader[kState].byob;
}

function readableStreamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && reader[kState].byob;
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].requests.length;
}

function readableStreamAddReadRequest(stream, request) {
  stream[kState].reader[kState].requests.push(request);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].requests.shift();
  if (done) request.closeSteps(undefined);
  else request.chunkSteps(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].requests.shift();
  if (done) request.closeSteps(chunk);
  else request.chunkSteps(chunk);
}

// --- readers ---------------------------------------------------------------------

function readerGenericInitialize(reader, stream, byob) {
  const s = stream[kState];
  let closed;
  if (s.state === 'readable') closed = new LazyPromise();
  else if (s.state === 'closed') closed = new LazyPromise(1);
  else closed = new LazyPromise(2, s.storedError);
  reader[kState] = { stream, closed, requests: [], byob };
  s.reader = reader;
}

function readerGenericRelease(reader) {
  const r = reader[kState];
  const stream = r.stream;
  const error = readerReleasedError();
  if (stream[kState].state === 'readable' && r.closed.state === 0) r.closed.reject(error);
  else r.closed = new LazyPromise(2, error);
  const controller = stream[kState].controller;
  if (controller[kType] === 'ReadableByteStreamController') byteControllerReleaseSteps(controller);
  stream[kState].reader = undefined;
  r.stream = undefined;
}

function readerGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readerErrorRequests(reader, error) {
  const r = reader[kState];
  const requests = r.requests;
  r.requests = [];
  for (let i = 0; i < requests.length; i++) requests[i].errorSteps(error);
}

function readableStreamDefaultReaderRelease(reader) {
  readerGenericRelease(reader);
  readerErrorRequests(reader, readerReleasingError());
}

function readableStreamBYOBReaderRelease(reader) {
  readerGenericRelease(reader);
  readerErrorRequests(reader, readerReleasingError());
}

function readableStreamDefaultReaderRead(reader, request) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'closed') {
    request.closeSteps(undefined);
  } else if (s.state === 'errored') {
    request.errorSteps(s.storedError);
  } else {
    const controller = s.controller;
    if (controller[kType] === 'ReadableByteStreamController') {
      byteControllerPullSteps(controller, request);
    } else {
      defaultControllerPullSteps(controller, request);
    }
  }
}

function readableStreamBYOBReaderRead(reader, view, min, request) {
  const stream = reader[kState].stream;
  const s = stream[kState];
  s.disturbed = true;
  if (s.state === 'errored') request.errorSteps(s.storedError);
  else byteControllerPullInto(s.controller, view, min, request);
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    if (stream[kState].reader !== undefined) {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    }
    this[kType] = 'ReadableStreamDefaultReader';
    readerGenericInitialize(this, stream, false);
  }

  read() {
    if (!isReadableStreamDefaultReader(this)) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    // A chunk already queued in a default controller: no request needed.
    const s = stream[kState];
    const controller = s.controller;
    if (s.state === 'readable' && controller[kType] === 'ReadableStreamDefaultController') {
      const c = controller[kState];
      if (c.qHead < c.qValues.length) {
        s.disturbed = true;
        const chunk = dequeueValue(c);
        if (c.closeRequested && queueLength(c) === 0) {
          defaultControllerClearAlgorithms(c);
          readableStreamClose(stream);
        } else {
          defaultControllerCallPullIfNeeded(controller);
        }
        return PromiseResolve({ value: chunk, done: false });
      }
    }
    const request = new PromiseReadRequest();
    readableStreamDefaultReaderRead(this, request);
    return request.promise();
  }

  releaseLock() {
    if (!isReadableStreamDefaultReader(this)) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    }
    if (this[kState].stream === undefined) return;
    readableStreamDefaultReaderRelease(this);
  }

  get closed() {
    if (!isReadableStreamDefaultReader(this)) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    return this[kState].closed.get();
  }

  cancel(reason = undefined) {
    if (!isReadableStreamDefaultReader(this)) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readerGenericCancel(this, reason);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStreamDefaultReader', {
      stream: this[kState].stream,
      readRequests: this[kState].requests.length,
      close: this[kState].closed.get(),
    });
  }
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    if (stream[kState].reader !== undefined) {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    }
    if (stream[kState].controller[kType] !== 'ReadableByteStreamController') {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    this[kType] = 'ReadableStreamBYOBReader';
    readerGenericInitialize(this, stream, true);
  }

  read(view, options = kEmptyObject) {
    try {
      if (!isReadableStreamBYOBReader(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
      if (!isArrayBufferView(view)) {
        throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
      }
      validateObject(options, 'options', kAllowObjectsAndNull);
      const viewBuffer = view.buffer;
      if (isSharedArrayBuffer(viewBuffer)) {
        throw new ERR_INVALID_ARG_VALUE('view', view, 'must not be backed by a SharedArrayBuffer');
      }
      if (view.byteLength === 0 || arrayBufferByteLength(viewBuffer) === 0) {
        throw new ERR_INVALID_STATE.TypeError(
          'View or Viewed ArrayBuffer is zero-length or detached');
      }
      const min = options?.min ?? 1;
      if (typeof min !== 'number') throw new ERR_INVALID_ARG_TYPE('options.min', 'number', min);
      if (!Number.isInteger(min)) {
        throw new ERR_INVALID_ARG_VALUE('options.min', min, 'must be an integer');
      }
      if (min <= 0) throw new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0');
      if (!isDataView(view)) {
        if (min > view.length) throw new ERR_OUT_OF_RANGE('options.min', '<= view.length', min);
      } else if (min > view.byteLength) {
        throw new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min);
      }
      if (this[kState].stream === undefined) {
        throw new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream');
      }
      const request = new PromiseReadRequest();
      readableStreamBYOBReaderRead(this, view, min, request);
      return request.promise();
    } catch (error) {
      return PromiseReject(error);
    }
  }

  releaseLock() {
    if (!isReadableStreamBYOBReader(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    readableStreamBYOBReaderRelease(this);
  }

  get closed() {
    if (!isReadableStreamBYOBReader(this)) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    return this[kState].closed.get();
  }

  cancel(reason = undefined) {
    if (!isReadableStreamBYOBReader(this)) {
      return PromiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    if (this[kState].stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readerGenericCancel(this, reason);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStreamBYOBReader', {
      stream: this[kState].stream,
      readIntoRequests: this[kState].requests.length,
      close: this[kState].closed.get(),
    });
  }
}

for (const C of [ReadableStreamDefaultReader, ReadableStreamBYOBReader]) {
  Object.defineProperties(C.prototype, {
    closed: { enumerable: true },
    read: { enumerable: true },
    releaseLock: { enumerable: true },
    cancel: { enumerable: true },
    [Symbol.toStringTag]: { value: C.name, configurable: true },
  });
}

// --- ReadableStreamDefaultController -------------------------------------------------

class ReadableStreamDefaultController {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamDefaultController';
    this[kState] = undefined;
  }

  get desiredSize() {
    if (!isReadableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    return defaultControllerGetDesiredSize(this[kState]);
  }

  close() {
    if (!isReadableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    if (!defaultControllerCanCloseOrEnqueue(this[kState])) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isReadableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    if (!defaultControllerCanCloseOrEnqueue(this[kState])) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    readableStreamDefaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isReadableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    }
    readableStreamDefaultControllerError(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStreamDefaultController', {});
  }
}

Object.defineProperties(ReadableStreamDefaultController.prototype, {
  desiredSize: { enumerable: true },
  close: { enumerable: true },
  enqueue: { enumerable: true },
  error: { enumerable: true },
  [Symbol.toStringTag]: { value: 'ReadableStreamDefaultController', configurable: true },
});

function setupDefaultControllerFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kSkipThrow);
  const start = source?.start;
  const pull = source?.pull;
  const cancel = source?.cancel;
  if (start && typeof start !== 'function') throw bindError();
  if (pull) validateFunction(pull, 'source.pull');
  if (cancel) validateFunction(cancel, 'source.cancel');
  setupReadableStreamDefaultController(stream, controller, source, start || undefined,
                                       pull || undefined, cancel || undefined,
                                       highWaterMark, sizeAlgorithm);
}

function setupReadableStreamDefaultController(stream, controller, source, startAlgorithm,
                                              pullAlgorithm, cancelAlgorithm,
                                              highWaterMark, sizeAlgorithm) {
  const c = controller[kState] = {
    stream,
    source,
    qValues: [],
    qSizes: [],
    qHead: 0,
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    highWaterMark,
    sizeAlgorithm,
    pullAlgorithm,
    cancelAlgorithm,
    onPullFulfilled: undefined,
    onPullRejected: undefined,
  };
  c.onPullFulfilled = () => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      defaultControllerCallPullIfNeeded(controller);
    }
  };
  c.onPullRejected = (error) => readableStreamDefaultControllerError(controller, error);
  stream[kState].controller = controller;
  const startResult = startAlgorithm === undefined ? undefined :
    startAlgorithm.call(source, controller);
  PromisePrototypeThen.call(PromiseResolve(startResult), () => {
    c.started = true;
    defaultControllerCallPullIfNeeded(controller);
  }, (error) => readableStreamDefaultControllerError(controller, error));
}

function defaultControllerCallPullIfNeeded(controller) {
  const c = controller[kState];
  if (!defaultControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  const result = c.pullAlgorithm === undefined ? undefined :
    callPromiseCallback(c.pullAlgorithm, c.source, controller);
  reactTo(result, c.onPullFulfilled, c.onPullRejected);
}

function defaultControllerShouldCallPull(c) {
  if (!defaultControllerCanCloseOrEnqueue(c) || !c.started) return false;
  const stream = c.stream;
  const reader = stream[kState].reader;
  if (reader !== undefined && reader[kState].requests.length > 0) return true;
  return c.highWaterMark - c.queueTotalSize > 0;
}

function defaultControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.sizeAlgorithm = undefined;
  c.source = undefined;
}

function readableStreamDefaultControllerClose(controller) {
  const c = controller[kState];
  if (!defaultControllerCanCloseOrEnqueue(c)) return;
  c.closeRequested = true;
  if (queueLength(c) === 0) {
    defaultControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  }
}

function readableStreamDefaultControllerEnqueue(controller, chunk) {
  const c = controller[kState];
  if (!defaultControllerCanCloseOrEnqueue(c)) return;
  const stream = c.stream;
  const reader = stream[kState].reader;
  if (reader !== undefined && reader[kState].requests.length > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    const size = c.sizeAlgorithm;
    let chunkSize = 1;
    if (size !== undefined) {
      try {
        chunkSize = checkChunkSize(size.call(undefined, chunk));
      } catch (error) {
        readableStreamDefaultControllerError(controller, error);
        throw error;
      }
    }
    enqueueValueWithSize(c, chunk, chunkSize);
  }
  defaultControllerCallPullIfNeeded(controller);
}

function readableStreamDefaultControllerError(controller, error) {
  const c = controller[kState];
  if (c.stream[kState].state !== 'readable') return;
  resetQueue(c);
  defaultControllerClearAlgorithms(c);
  readableStreamError(c.stream, error);
}

function defaultControllerGetDesiredSize(c) {
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.highWaterMark - c.queueTotalSize;
}

function readableStreamDefaultControllerGetDesiredSize(controller) {
  return defaultControllerGetDesiredSize(controller[kState]);
}

function readableStreamDefaultControllerHasBackpressure(controller) {
  return !defaultControllerShouldCallPull(controller[kState]);
}

function defaultControllerCanCloseOrEnqueue(c) {
  return !c.closeRequested && c.stream[kState].state === 'readable';
}

function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  return defaultControllerCanCloseOrEnqueue(controller[kState]);
}

function defaultControllerCancelSteps(controller, reason) {
  const c = controller[kState];
  resetQueue(c);
  const result = c.cancelAlgorithm === undefined ? undefined :
    callPromiseCallback(c.cancelAlgorithm, c.source, reason);
  defaultControllerClearAlgorithms(c);
  return result;
}

function defaultControllerPullSteps(controller, request) {
  const c = controller[kState];
  const stream = c.stream;
  if (queueLength(c) > 0) {
    const chunk = dequeueValue(c);
    if (c.closeRequested && queueLength(c) === 0) {
      defaultControllerClearAlgorithms(c);
      readableStreamClose(stream);
    } else {
      defaultControllerCallPullIfNeeded(controller);
    }
    request.chunkSteps(chunk);
  } else {
    readableStreamAddReadRequest(stream, request);
    defaultControllerCallPullIfNeeded(controller);
  }
}

// --- ReadableByteStreamController ------------------------------------------------

class ReadableStreamBYOBRequest {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamBYOBRequest';
    this[kState] = { controller: undefined, view: null };
  }

  get view() {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (isDetached(view.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    byteControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isReadableStreamBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { controller } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (!isArrayBufferView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    if (isDetached(view.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    byteControllerRespondWithNewView(controller, view);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStreamBYOBRequest', {
      view: this.view,
      controller: this[kState].controller,
    });
  }
}

Object.defineProperties(ReadableStreamBYOBRequest.prototype, {
  view: { enumerable: true },
  respond: { enumerable: true },
  respondWithNewView: { enumerable: true },
  [Symbol.toStringTag]: { value: 'ReadableStreamBYOBRequest', configurable: true },
});

class ReadableByteStreamController {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableByteStreamController';
    this[kState] = undefined;
  }

  get byobRequest() {
    if (!isReadableByteStreamController(this)) {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    return byteControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isReadableByteStreamController(this)) {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    return byteControllerGetDesiredSize(this[kState]);
  }

  close() {
    if (!isReadableByteStreamController(this)) {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    const c = this[kState];
    if (c.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (c.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerClose(this);
  }

  enqueue(chunk) {
    if (!isReadableByteStreamController(this)) {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    if (!isArrayBufferView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    const buffer = chunk.buffer;
    if (isSharedArrayBuffer(buffer)) {
      throw new ERR_INVALID_ARG_VALUE('chunk', chunk, 'must not be backed by a SharedArrayBuffer');
    }
    if (chunk.byteLength === 0 || arrayBufferByteLength(buffer) === 0) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    const c = this[kState];
    if (c.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (c.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    readableByteStreamControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isReadableByteStreamController(this)) {
      throw new ERR_INVALID_THIS('ReadableByteStreamController');
    }
    readableByteStreamControllerError(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableByteStreamController', {});
  }
}

Object.defineProperties(ReadableByteStreamController.prototype, {
  byobRequest: { enumerable: true },
  desiredSize: { enumerable: true },
  close: { enumerable: true },
  enqueue: { enumerable: true },
  error: { enumerable: true },
  [Symbol.toStringTag]: { value: 'ReadableByteStreamController', configurable: true },
});

function setupByteControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(kSkipThrow);
  const start = source?.start;
  const pull = source?.pull;
  const cancel = source?.cancel;
  let autoAllocateChunkSize = source?.autoAllocateChunkSize;
  if (start && typeof start !== 'function') throw bindError();
  if (pull) validateFunction(pull, 'source.pull');
  if (cancel) validateFunction(cancel, 'source.cancel');
  if (autoAllocateChunkSize !== undefined) {
    // WebIDL [EnforceRange] unsigned long long, and not 0.
    const n = Math.trunc(+autoAllocateChunkSize);
    if (!Number.isFinite(+autoAllocateChunkSize) || n <= 0 || n > Number.MAX_SAFE_INTEGER) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
    }
    autoAllocateChunkSize = n;
  }
  setupReadableByteStreamController(stream, controller, source, start || undefined,
                                    pull || undefined, cancel || undefined, highWaterMark,
                                    autoAllocateChunkSize);
}

function setupReadableByteStreamController(stream, controller, source, startAlgorithm,
                                           pullAlgorithm, cancelAlgorithm, highWaterMark,
                                           autoAllocateChunkSize) {
  const c = controller[kState] = {
    stream,
    source,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: [],
    byobRequest: null,
    onPullFulfilled: undefined,
    onPullRejected: undefined,
  };
  c.onPullFulfilled = () => {
    c.pulling = false;
    if (c.pullAgain) {
      c.pullAgain = false;
      byteControllerCallPullIfNeeded(controller);
    }
  };
  c.onPullRejected = (error) => readableByteStreamControllerError(controller, error);
  stream[kState].controller = controller;
  const startResult = startAlgorithm === undefined ? undefined :
    startAlgorithm.call(source, controller);
  PromisePrototypeThen.call(PromiseResolve(startResult), () => {
    c.started = true;
    byteControllerCallPullIfNeeded(controller);
  }, (error) => readableByteStreamControllerError(controller, error));
}

function byteControllerGetBYOBRequest(controller) {
  const c = controller[kState];
  if (c.byobRequest === null && c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kSkipThrow);
    request[kState].controller = controller;
    request[kState].view = view;
    c.byobRequest = request;
  }
  return c.byobRequest;
}

function byteControllerGetDesiredSize(c) {
  const state = c.stream[kState].state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return c.highWaterMark - c.queueTotalSize;
}

function byteControllerCallPullIfNeeded(controller) {
  const c = controller[kState];
  if (!byteControllerShouldCallPull(c)) return;
  if (c.pulling) {
    c.pullAgain = true;
    return;
  }
  c.pulling = true;
  const result = c.pullAlgorithm === undefined ? undefined :
    callPromiseCallback(c.pullAlgorithm, c.source, controller);
  reactTo(result, c.onPullFulfilled, c.onPullRejected);
}

function byteControllerShouldCallPull(c) {
  const stream = c.stream;
  const s = stream[kState];
  if (s.state !== 'readable' || c.closeRequested || !c.started) return false;
  const reader = s.reader;
  if (reader !== undefined && reader[kState].requests.length > 0) return true;
  return byteControllerGetDesiredSize(c) > 0;
}

function byteControllerClearAlgorithms(c) {
  c.pullAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
  c.source = undefined;
}

function byteControllerClearPendingPullIntos(c) {
  byteControllerInvalidateBYOBRequest(c);
  c.pendingPullIntos = [];
}

function readableByteStreamControllerClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.queueTotalSize > 0) {
    c.closeRequested = true;
    return;
  }
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = new ERR_INVALID_STATE.TypeError('Partial read');
      readableByteStreamControllerError(controller, error);
      throw error;
    }
  }
  byteControllerClearAlgorithms(c);
  readableStreamClose(stream);
}

function byteControllerCommitPullIntoDescriptor(stream, desc) {
  let done = false;
  if (stream[kState].state === 'closed') done = true;
  const filledView = byteControllerConvertPullIntoDescriptor(desc);
  if (desc.readerType === 'default') readableStreamFulfillReadRequest(stream, filledView, done);
  else readableStreamFulfillReadIntoRequest(stream, filledView, done);
}

function byteControllerConvertPullIntoDescriptor(desc) {
  const { bytesFilled, elementSize } = desc;
  if (bytesFilled > desc.byteLength) {
    throw new ERR_INVALID_STATE.RangeError('The buffer size is invalid');
  }
  const buffer = transferArrayBuffer(desc.buffer);
  const Ctor = desc.viewConstructor;
  if (Ctor === BufferView) return BufferView(buffer, desc.byteOffset, bytesFilled);
  return new Ctor(buffer, desc.byteOffset, bytesFilled / elementSize);
}

function readableByteStreamControllerEnqueue(controller, chunk) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  const buffer = chunk.buffer;
  const byteOffset = chunk.byteOffset;
  const byteLength = chunk.byteLength;
  if (isDetached(buffer)) {
    throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
  }
  const transferredBuffer = transferArrayBuffer(buffer);
  byteControllerEnqueueTransferred(controller, transferredBuffer, byteOffset, byteLength);
}

// The enqueue steps after the chunk's buffer is ours (internal producers
// that own their buffers come here directly and skip the transfer).
function byteControllerEnqueueTransferred(controller, transferredBuffer, byteOffset,
                                          byteLength) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.closeRequested || stream[kState].state !== 'readable') return;
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    if (isDetached(first.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('Destination ArrayBuffer is detached');
    }
    byteControllerInvalidateBYOBRequest(c);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') byteControllerEnqueueDetachedPullIntoToQueue(c, first);
  }
  if (readableStreamHasDefaultReader(stream)) {
    byteControllerProcessReadRequestsUsingQueue(c);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      byteControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
    } else {
      if (c.pendingPullIntos.length > 0) byteControllerShiftPendingPullInto(c);
      const view = new Uint8Array(transferredBuffer, byteOffset, byteLength);
      readableStreamFulfillReadRequest(stream, view, false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    byteControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(c);
    for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
  } else {
    byteControllerEnqueueChunkToQueue(c, transferredBuffer, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerEnqueueChunkToQueue(c, buffer, byteOffset, byteLength) {
  c.queue.push({ buffer, byteOffset, byteLength });
  c.queueTotalSize += byteLength;
}

function byteControllerEnqueueClonedChunkToQueue(c, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    readableByteStreamControllerError(c.stream[kState].controller, error);
    throw error;
  }
  byteControllerEnqueueChunkToQueue(c, clone, 0, byteLength);
}

function byteControllerEnqueueDetachedPullIntoToQueue(c, desc) {
  if (desc.bytesFilled > 0) {
    byteControllerEnqueueClonedChunkToQueue(c, desc.buffer, desc.byteOffset, desc.bytesFilled);
  }
  byteControllerShiftPendingPullInto(c);
}

function byteControllerFillPullIntoDescriptorFromQueue(c, desc) {
  const maxBytesToCopy = Math.min(c.queueTotalSize, desc.byteLength - desc.bytesFilled);
  const maxBytesFilled = desc.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % desc.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= desc.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - desc.bytesFilled;
    ready = true;
  }
  const queue = c.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = desc.byteOffset + desc.bytesFilled;
    copyBytes(desc.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    c.queueTotalSize -= bytesToCopy;
    desc.bytesFilled += bytesToCopy;
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function byteControllerFillReadRequestFromQueue(c, request) {
  const entry = c.queue.shift();
  c.queueTotalSize -= entry.byteLength;
  byteControllerHandleQueueDrain(c);
  request.chunkSteps(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function byteControllerHandleQueueDrain(c) {
  if (c.queueTotalSize === 0 && c.closeRequested) {
    byteControllerClearAlgorithms(c);
    readableStreamClose(c.stream);
  } else {
    byteControllerCallPullIfNeeded(c.stream[kState].controller);
  }
}

function byteControllerInvalidateBYOBRequest(c) {
  const request = c.byobRequest;
  if (request === null) return;
  request[kState].controller = undefined;
  request[kState].view = null;
  c.byobRequest = null;
}

function byteControllerProcessPullIntoDescriptorsUsingQueue(c) {
  const filled = [];
  while (c.pendingPullIntos.length > 0) {
    if (c.queueTotalSize === 0) break;
    const desc = c.pendingPullIntos[0];
    if (byteControllerFillPullIntoDescriptorFromQueue(c, desc)) {
      byteControllerShiftPendingPullInto(c);
      filled.push(desc);
    }
  }
  return filled;
}

function byteControllerProcessReadRequestsUsingQueue(c) {
  const r = c.stream[kState].reader[kState];
  while (r.requests.length > 0) {
    if (c.queueTotalSize === 0) return;
    byteControllerFillReadRequestFromQueue(c, r.requests.shift());
  }
}

const kViewConstructors = {
  __proto__: null,
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
};

let lazyBuffer;
// node hands a Buffer view back as a Buffer.
function BufferView(buffer, byteOffset, length) {
  lazyBuffer ??= require('buffer').Buffer;
  return lazyBuffer.from(buffer, byteOffset, length);
}
const getTypedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function byteControllerPullInto(controller, view, min, request) {
  const c = controller[kState];
  const stream = c.stream;
  let elementSize = 1;
  let viewConstructor = DataView;
  const tag = getTypedArrayTag.call(view);
  if (tag !== undefined) {
    viewConstructor = kViewConstructors[tag];
    elementSize = viewConstructor.BYTES_PER_ELEMENT;
    if (tag === 'Uint8Array') {
      lazyBuffer ??= require('buffer').Buffer;
      if (lazyBuffer.isBuffer(view)) viewConstructor = BufferView;
    }
  }
  const minimumFill = min * elementSize;
  const byteOffset = view.byteOffset;
  const byteLength = view.byteLength;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (error) {
    request.errorSteps(error);
    return;
  }
  const desc = {
    buffer,
    bufferByteLength: arrayBufferByteLength(buffer),
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize,
    viewConstructor,
    readerType: 'byob',
  };
  if (c.pendingPullIntos.length > 0) {
    c.pendingPullIntos.push(desc);
    readableStreamAddReadRequest(stream, request);
    return;
  }
  if (stream[kState].state === 'closed') {
    request.closeSteps(viewConstructor === BufferView ?
      BufferView(desc.buffer, desc.byteOffset, 0) :
      new viewConstructor(desc.buffer, desc.byteOffset, 0));
    return;
  }
  if (c.queueTotalSize > 0) {
    if (byteControllerFillPullIntoDescriptorFromQueue(c, desc)) {
      const filledView = byteControllerConvertPullIntoDescriptor(desc);
      byteControllerHandleQueueDrain(c);
      request.chunkSteps(filledView);
      return;
    }
    if (c.closeRequested) {
      const error = new ERR_INVALID_STATE.TypeError('ReadableStream closed');
      readableByteStreamControllerError(controller, error);
      request.errorSteps(error);
      return;
    }
  }
  c.pendingPullIntos.push(desc);
  readableStreamAddReadRequest(stream, request);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespond(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  if (state === 'closed') {
    if (bytesWritten !== 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
  } else {
    bytesWritten = +bytesWritten;
    if (!bytesWritten || bytesWritten < 0 || !Number.isFinite(bytesWritten)) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  byteControllerRespondInternal(controller, bytesWritten);
}

function byteControllerRespondInClosedState(c, first) {
  if (first.readerType === 'none') byteControllerShiftPendingPullInto(c);
  const stream = c.stream;
  if (readableStreamHasBYOBReader(stream)) {
    const filled = [];
    const count = readableStreamGetNumReadRequests(stream);
    for (let i = 0; i < count; i++) filled.push(byteControllerShiftPendingPullInto(c));
    for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
  }
}

function byteControllerRespondInReadableState(c, bytesWritten, desc) {
  if (desc.bytesFilled + bytesWritten > desc.byteLength) {
    throw new ERR_INVALID_STATE.RangeError('The buffer size is invalid');
  }
  desc.bytesFilled += bytesWritten;
  const stream = c.stream;
  if (desc.readerType === 'none') {
    byteControllerEnqueueDetachedPullIntoToQueue(c, desc);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(c);
    for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
    return;
  }
  if (desc.bytesFilled < desc.minimumFill) return;
  byteControllerShiftPendingPullInto(c);
  const remainderSize = desc.bytesFilled % desc.elementSize;
  if (remainderSize > 0) {
    const end = desc.byteOffset + desc.bytesFilled;
    byteControllerEnqueueClonedChunkToQueue(c, desc.buffer, end - remainderSize, remainderSize);
  }
  desc.bytesFilled -= remainderSize;
  const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(c);
  byteControllerCommitPullIntoDescriptor(stream, desc);
  for (let i = 0; i < filled.length; i++) byteControllerCommitPullIntoDescriptor(stream, filled[i]);
}

function byteControllerRespondInternal(controller, bytesWritten) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  byteControllerInvalidateBYOBRequest(c);
  if (c.stream[kState].state === 'closed') {
    byteControllerRespondInClosedState(c, first);
  } else {
    byteControllerRespondInReadableState(c, bytesWritten, first);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespondWithNewView(controller, view) {
  const c = controller[kState];
  const first = c.pendingPullIntos[0];
  const state = c.stream[kState].state;
  const viewByteLength = view.byteLength;
  if (state === 'closed') {
    if (viewByteLength !== 0) throw new ERR_INVALID_STATE.TypeError('View is not zero-length');
  } else if (viewByteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('View is zero-length');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (first.bufferByteLength !== arrayBufferByteLength(view.buffer)) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  if (first.bytesFilled + viewByteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  first.buffer = transferArrayBuffer(view.buffer);
  byteControllerRespondInternal(controller, viewByteLength);
}

function byteControllerShiftPendingPullInto(c) {
  return c.pendingPullIntos.shift();
}

function readableByteStreamControllerError(controller, error) {
  const c = controller[kState];
  if (c.stream[kState].state !== 'readable') return;
  byteControllerClearPendingPullIntos(c);
  c.queue = [];
  c.queueTotalSize = 0;
  byteControllerClearAlgorithms(c);
  readableStreamError(c.stream, error);
}

function byteControllerCancelSteps(controller, reason) {
  const c = controller[kState];
  byteControllerClearPendingPullIntos(c);
  c.queue = [];
  c.queueTotalSize = 0;
  const result = c.cancelAlgorithm === undefined ? undefined :
    callPromiseCallback(c.cancelAlgorithm, c.source, reason);
  byteControllerClearAlgorithms(c);
  return result;
}

function byteControllerPullSteps(controller, request) {
  const c = controller[kState];
  const stream = c.stream;
  if (c.queueTotalSize > 0) {
    byteControllerFillReadRequestFromQueue(c, request);
    return;
  }
  const size = c.autoAllocateChunkSize;
  if (size !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(size);
    } catch (error) {
      request.errorSteps(error);
      return;
    }
    c.pendingPullIntos.push({
      buffer,
      bufferByteLength: size,
      byteOffset: 0,
      byteLength: size,
      bytesFilled: 0,
      minimumFill: 1,
      elementSize: 1,
      viewConstructor: Uint8Array,
      readerType: 'default',
    });
  }
  readableStreamAddReadRequest(stream, request);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerReleaseSteps(controller) {
  const c = controller[kState];
  if (c.pendingPullIntos.length > 0) {
    const first = c.pendingPullIntos[0];
    first.readerType = 'none';
    c.pendingPullIntos = [first];
  }
}

// --- ReadableStream.from --------------------------------------------------------

function isObject(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

// How node's "%s" shows a value in a message.
function formatForMessage(value) {
  if (typeof value === 'symbol') return String(value);
  if (typeof value === 'number' && Object.is(value, -0)) return '-0';
  if (typeof value === 'bigint') return `${value}n`;
  if (isObject(value)) {
    return require('internal/util/inspect').inspect(value, { depth: 0, colors: false, compact: 3 });
  }
  return `${value}`;
}

// %AsyncFromSyncIteratorPrototype% for one sync iterator: values (which may
// be promises) are awaited.
function asyncFromSyncIterator(syncIterator) {
  const nextMethod = syncIterator.next;
  const settle = (result) => {
    if (!isObject(result)) {
      throw new ERR_INVALID_STATE.TypeError('The iterator.next() method must return an object');
    }
    const done = !!result.done;
    return PromisePrototypeThen.call(PromiseResolve(result.value), (value) => ({ value, done }));
  };
  return {
    next() {
      return settle(nextMethod.call(syncIterator));
    },
    return(value) {
      const returnMethod = syncIterator.return;
      if (returnMethod == null) return PromiseResolve({ value, done: true });
      return settle(returnMethod.call(syncIterator, value));
    },
  };
}

function readableStreamFromIterable(iterable) {
  let iterator;
  const asyncMethod = iterable[Symbol.asyncIterator];
  if (asyncMethod == null) {
    const syncMethod = iterable[Symbol.iterator];
    if (syncMethod == null || typeof syncMethod !== 'function') {
      throw new ERR_ARG_NOT_ITERABLE(formatForMessage(iterable));
    }
    const syncIterator = syncMethod.call(iterable);
    if (!isObject(syncIterator)) {
      throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
    }
    iterator = asyncFromSyncIterator(syncIterator);
  } else {
    if (typeof asyncMethod !== 'function') {
      throw new ERR_ARG_NOT_ITERABLE(formatForMessage(iterable));
    }
    iterator = asyncMethod.call(iterable);
    if (!isObject(iterator)) {
      throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
    }
  }
  const nextMethod = iterator.next;
  let stream;
  const onNext = (result) => {
    if (!isObject(result)) {
      throw new ERR_INVALID_STATE.TypeError(
        'The promise returned by the iterator.next() method must fulfill with an object');
    }
    const controller = stream[kState].controller;
    if (result.done) readableStreamDefaultControllerClose(controller);
    else readableStreamDefaultControllerEnqueue(controller, result.value);
  };
  const onReturn = (result) => {
    if (!isObject(result)) {
      throw new ERR_INVALID_STATE.TypeError(
        'The promise returned by the iterator.return() method must fulfill with an object');
    }
  };
  const algorithms = {
    pull() {
      const result = nextMethod.call(iterator);
      if (!isObject(result)) {
        throw new ERR_INVALID_STATE.TypeError('The iterator.next() method must return an object');
      }
      return PromisePrototypeThen.call(PromiseResolve(result), onNext);
    },
    cancel(reason) {
      const returnMethod = iterator.return;
      if (returnMethod == null) return undefined;
      const result = returnMethod.call(iterator, reason);
      return PromisePrototypeThen.call(PromiseResolve(result), onReturn);
    },
  };
  stream = createReadableStream(algorithms, 0);
  return stream;
}

// --- async iteration -------------------------------------------------------------

// The prototype of the iterators values() returns: %AsyncIteratorPrototype%
// with next/return slots, as node shapes it.
const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);
const ReadableStreamAsyncIterator = Object.create(AsyncIteratorPrototype, {
  next: { configurable: true, enumerable: true, writable: true, value: undefined },
  return: { configurable: true, enumerable: true, writable: true, value: undefined },
});

// The read request of one next() call.
class IteratorReadRequest {
  constructor(state) {
    this.state = state;
    this.request = new PromiseReadRequest();
  }

  chunkSteps(value) {
    this.state.ongoing = undefined;
    this.state.pending = false;
    this.request.settle({ value, done: false });
  }

  closeSteps() {
    const state = this.state;
    state.ongoing = undefined;
    state.pending = false;
    state.done = true;
    readableStreamDefaultReaderRelease(state.reader);
    this.request.settle({ done: true, value: undefined });
  }

  errorSteps(error) {
    const state = this.state;
    state.ongoing = undefined;
    state.pending = false;
    state.done = true;
    readableStreamDefaultReaderRelease(state.reader);
    this.request.errorSteps(error);
  }
}

function createAsyncIterator(reader, preventCancel) {
  const state = {
    reader, preventCancel, done: false, ongoing: undefined, started: false, pending: false,
  };

  function nextSteps() {
    if (state.done) return PromiseResolve({ done: true, value: undefined });
    if (reader[kState].stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError(
        'The reader is not bound to a ReadableStream'));
    }
    const request = new IteratorReadRequest(state);
    state.pending = true;
    readableStreamDefaultReaderRead(reader, request);
    return request.request.promise();
  }

  function returnSteps(value) {
    if (state.done) return PromiseResolve({ done: true, value });
    state.done = true;
    if (reader[kState].stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError(
        'The reader is not bound to a ReadableStream'));
    }
    if (!preventCancel) {
      const result = readerGenericCancel(reader, value);
      readableStreamDefaultReaderRelease(reader);
      return PromisePrototypeThen.call(result, () => ({ done: true, value }));
    }
    readableStreamDefaultReaderRelease(reader);
    return PromiseResolve({ done: true, value });
  }

  const iterator = {
    next() {
      let ongoing = state.ongoing;
      // node delays the first read by a microtask.
      if (!state.started) {
        state.started = true;
        ongoing = resolvedPromise;
      }
      if (ongoing !== undefined) {
        state.ongoing = PromisePrototypeThen.call(ongoing, nextSteps, nextSteps);
        return state.ongoing;
      }
      const promise = nextSteps();
      // A read that settled inside nextSteps() leaves nothing ongoing.
      if (state.pending) state.ongoing = promise;
      return promise;
    },
    return(value) {
      state.started = true;
      const ongoing = state.ongoing;
      const promise = ongoing !== undefined ?
        PromisePrototypeThen.call(ongoing, () => returnSteps(value), () => returnSteps(value)) :
        returnSteps(value);
      state.ongoing = promise;
      return promise;
    },
    [Symbol.asyncIterator]() { return this; },
  };
  Object.setPrototypeOf(iterator, ReadableStreamAsyncIterator);
  return iterator;
}

// --- tee ----------------------------------------------------------------------------

function readableStreamTee(stream, cloneForBranch2) {
  if (stream[kState].controller[kType] === 'ReadableByteStreamController') {
    return readableByteStreamTee(stream);
  }
  return readableStreamDefaultTee(stream, cloneForBranch2);
}

function readableStreamDefaultTee(stream, cloneForBranch2) {
  const reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelDeferred = new Deferred();
  let pendingChunk;

  function deliverChunk() {
    readAgain = false;
    const chunk1 = pendingChunk;
    let chunk2 = pendingChunk;
    pendingChunk = undefined;
    if (!canceled2 && cloneForBranch2) chunk2 = structuredClone(chunk2);
    if (!canceled1) readableStreamDefaultControllerEnqueue(branch1[kState].controller, chunk1);
    if (!canceled2) readableStreamDefaultControllerEnqueue(branch2[kState].controller, chunk2);
    reading = false;
    if (readAgain) pull();
  }

  function closeBranches() {
    reading = false;
    if (!canceled1) readableStreamDefaultControllerClose(branch1[kState].controller);
    if (!canceled2) readableStreamDefaultControllerClose(branch2[kState].controller);
    if (!canceled1 || !canceled2) cancelDeferred.resolve(undefined);
  }

  const readRequest = {
    chunkSteps(chunk) {
      pendingChunk = chunk;
      enqueueMicrotask(deliverChunk);
    },
    closeSteps() {
      // node closes the branches a tick later.
      process.nextTick(closeBranches);
    },
    errorSteps() {
      reading = false;
    },
  };

  function pull() {
    if (reading) {
      readAgain = true;
      return undefined;
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, readRequest);
    return undefined;
  }

  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelDeferred.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDeferred.promise;
  }

  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelDeferred.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDeferred.promise;
  }

  branch1 = createReadableStream({ pull, cancel: cancel1 });
  branch2 = createReadableStream({ pull, cancel: cancel2 });

  onClosedRejected(reader, (error) => {
    readableStreamDefaultControllerError(branch1[kState].controller, error);
    readableStreamDefaultControllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelDeferred.resolve(undefined);
  });

  return [branch1, branch2];
}

// Calls `fn(error)` in a microtask if the reader's closed promise rejects.
function onClosedRejected(reader, fn) {
  const closed = reader[kState].closed;
  const waiter = () => {
    if (closed.state === 2) fn(closed.value);
  };
  if (closed.state !== 0) enqueueMicrotask(waiter);
  else closed.waiter = waiter;
}

function cloneAsUint8Array(view) {
  const buffer = view.buffer;
  return new Uint8Array(buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

function readableByteStreamTee(stream) {
  let reader = new ReadableStreamDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelDeferred = new Deferred();

  function forwardReaderError(thisReader) {
    onClosedRejected(thisReader, (error) => {
      if (thisReader !== reader) return;
      readableByteStreamControllerError(branch1[kState].controller, error);
      readableByteStreamControllerError(branch2[kState].controller, error);
      if (!canceled1 || !canceled2) cancelDeferred.resolve(undefined);
    });
  }

  function pullWithDefaultReader() {
    if (reader[kState].byob) {
      readableStreamBYOBReaderRelease(reader);
      reader = new ReadableStreamDefaultReader(stream);
      forwardReaderError(reader);
    }
    const readRequest = {
      chunkSteps(chunk) {
        enqueueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (error) {
              readableByteStreamControllerError(branch1[kState].controller, error);
              readableByteStreamControllerError(branch2[kState].controller, error);
              cancelDeferred.resolve(readableStreamCancel(stream, error));
              return;
            }
          }
          if (!canceled1) readableByteStreamControllerEnqueue(branch1[kState].controller, chunk1);
          if (!canceled2) readableByteStreamControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgainForBranch1) pull1();
          else if (readAgainForBranch2) pull2();
        });
      },
      closeSteps() {
        reading = false;
        if (!canceled1) readableByteStreamControllerClose(branch1[kState].controller);
        if (!canceled2) readableByteStreamControllerClose(branch2[kState].controller);
        const c1 = branch1[kState].controller;
        const c2 = branch2[kState].controller;
        if (c1[kState].pendingPullIntos.length > 0) byteControllerRespond(c1, 0);
        if (c2[kState].pendingPullIntos.length > 0) byteControllerRespond(c2, 0);
        if (!canceled1 || !canceled2) cancelDeferred.resolve(undefined);
      },
      errorSteps() {
        reading = false;
      },
    };
    readableStreamDefaultReaderRead(reader, readRequest);
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (!reader[kState].byob) {
      readableStreamDefaultReaderRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    const readIntoRequest = {
      chunkSteps(chunk) {
        enqueueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let clonedChunk;
            try {
              clonedChunk = cloneAsUint8Array(chunk);
            } catch (error) {
              readableByteStreamControllerError(byobBranch[kState].controller, error);
              readableByteStreamControllerError(otherBranch[kState].controller, error);
              cancelDeferred.resolve(readableStreamCancel(stream, error));
              return;
            }
            if (!byobCanceled) {
              byteControllerRespondWithNewView(byobBranch[kState].controller, chunk);
            }
            readableByteStreamControllerEnqueue(otherBranch[kState].controller, clonedChunk);
          } else if (!byobCanceled) {
            byteControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          }
          reading = false;
          if (readAgainForBranch1) pull1();
          else if (readAgainForBranch2) pull2();
        });
      },
      closeSteps(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) readableByteStreamControllerClose(byobBranch[kState].controller);
        if (!otherCanceled) readableByteStreamControllerClose(otherBranch[kState].controller);
        if (chunk !== undefined) {
          if (!byobCanceled) byteControllerRespondWithNewView(byobBranch[kState].controller, chunk);
          const oc = otherBranch[kState].controller;
          if (!otherCanceled && oc[kState].pendingPullIntos.length > 0) byteControllerRespond(oc, 0);
        }
        if (!byobCanceled || !otherCanceled) cancelDeferred.resolve(undefined);
      },
      errorSteps() {
        reading = false;
      },
    };
    readableStreamBYOBReaderRead(reader, view, 1, readIntoRequest);
  }

  function pull1() {
    if (reading) {
      readAgainForBranch1 = true;
      return undefined;
    }
    reading = true;
    const byobRequest = byteControllerGetBYOBRequest(branch1[kState].controller);
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, false);
    return undefined;
  }

  function pull2() {
    if (reading) {
      readAgainForBranch2 = true;
      return undefined;
    }
    reading = true;
    const byobRequest = byteControllerGetBYOBRequest(branch2[kState].controller);
    if (byobRequest === null) pullWithDefaultReader();
    else pullWithBYOBReader(byobRequest[kState].view, true);
    return undefined;
  }

  function cancel1(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelDeferred.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDeferred.promise;
  }

  function cancel2(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelDeferred.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDeferred.promise;
  }

  branch1 = createReadableByteStream({ pull: pull1, cancel: cancel1 });
  branch2 = createReadableByteStream({ pull: pull2, cancel: cancel2 });
  forwardReaderError(reader);
  return [branch1, branch2];
}

// --- pipeTo ---------------------------------------------------------------------------
// One Pipe object is the read request for every read and the write request
// for every write, so moving a chunk allocates nothing. The loop reads while
// the destination wants more; a chunk that arrives later (from the source's
// enqueue) is written a microtask later, as node does.

class Pipe {
  constructor(source, dest, preventClose, preventAbort, preventCancel, signal) {
    this.source = source;
    this.dest = dest;
    this.reader = new ReadableStreamDefaultReader(source);
    this.writer = new WritableStreamDefaultWriter(dest);
    this.preventClose = preventClose;
    this.preventAbort = preventAbort;
    this.preventCancel = preventCancel;
    this.signal = signal;
    this.abortListener = undefined;
    this.shuttingDown = false;
    this.deferred = new Deferred();
    this.pendingWrites = 0;
    this.writesDone = undefined;
    this.reading = false;
    this.syncRead = false;
    this.readEnded = false;
    this.pendingChunk = undefined;
    this.onPump = () => this.pump();
    this.onAsyncChunk = () => {
      const chunk = this.pendingChunk;
      this.pendingChunk = undefined;
      this.write(chunk);
      this.pump();
    };
  }

  // --- read request
  chunkSteps(chunk) {
    this.reading = false;
    if (this.syncRead) {
      this.write(chunk);
    } else {
      this.pendingChunk = chunk;
      enqueueMicrotask(this.onAsyncChunk);
    }
  }

  closeSteps() {
    this.reading = false;
    this.readEnded = true;
  }

  errorSteps() {
    this.reading = false;
    this.readEnded = true;
  }

  // --- write request
  resolve() {
    this.writeSettled();
  }

  reject() {
    this.writeSettled();
  }

  writeSettled() {
    if (--this.pendingWrites === 0 && this.writesDone !== undefined) {
      const done = this.writesDone;
      this.writesDone = undefined;
      enqueueMicrotask(done);
    }
  }

  write(chunk) {
    this.pendingWrites++;
    writableStreamDefaultWriterWrite(this.writer, chunk, this);
  }

  pump() {
    while (!this.shuttingDown && !this.readEnded && !this.reading) {
      const ds = this.dest[kState];
      if (ds.state !== 'writable' || writableStreamCloseQueuedOrInFlight(this.dest)) return;
      if (ds.backpressure) {
        const ready = this.writer[kState].ready;
        if (ready.state === 0) ready.waiter = this.onPump;
        return;
      }
      if (this.source[kState].state !== 'readable') return;
      this.reading = true;
      this.syncRead = true;
      readableStreamDefaultReaderRead(this.reader, this);
      this.syncRead = false;
    }
  }

  // Calls `fn` once every chunk read so far has been written (at the
  // earliest in a microtask when the destination is still writable, as
  // node's wait for its last write does).
  afterWrites(fn) {
    const ds = this.dest[kState];
    if (ds.state === 'writable' && !writableStreamCloseQueuedOrInFlight(this.dest)) {
      if (this.pendingWrites > 0) this.writesDone = fn;
      else enqueueMicrotask(fn);
    } else {
      fn();
    }
  }

  shutdownWithAction(action, hasError, originalError) {
    if (this.shuttingDown) return;
    this.shuttingDown = true;
    this.afterWrites(() => {
      let promise;
      try {
        promise = action();
      } catch (error) {
        promise = PromiseReject(error);
      }
      PromisePrototypeThen.call(promise,
                                () => this.finalize(hasError, originalError),
                                (error) => this.finalize(true, error));
    });
  }

  shutdown(hasError, error) {
    if (this.shuttingDown) return;
    this.shuttingDown = true;
    this.afterWrites(() => this.finalize(hasError, error));
  }

  finalize(hasError, error) {
    writableStreamDefaultWriterRelease(this.writer);
    readableStreamDefaultReaderRelease(this.reader);
    if (this.abortListener !== undefined) {
      this.signal.removeEventListener('abort', this.abortListener);
      this.abortListener = undefined;
    }
    if (hasError) this.deferred.reject(error);
    else this.deferred.resolve(undefined);
  }

  abort() {
    const { signal, source, dest } = this;
    let error = signal.reason;
    if (error instanceof AbortError) {
      const { DOMException } = require('internal/per_context/domexception');
      error = new DOMException(error.message, 'AbortError');
    }
    const actions = [];
    if (!this.preventAbort) {
      actions.push(() => (dest[kState].state === 'writable' ?
        writableStreamAbort(dest, error) : PromiseResolve(undefined)));
    }
    if (!this.preventCancel) {
      actions.push(() => (source[kState].state === 'readable' ?
        readableStreamCancel(source, error) : PromiseResolve(undefined)));
    }
    this.shutdownWithAction(() => PromiseAll.call(Promise, actions.map((fn) => fn())),
                            true, error);
  }

  onSourceErrored(error) {
    if (!this.preventAbort) {
      this.shutdownWithAction(() => writableStreamAbort(this.dest, error), true, error);
    } else {
      this.shutdown(true, error);
    }
  }

  onDestErrored(error) {
    if (!this.preventCancel) {
      this.shutdownWithAction(() => readableStreamCancel(this.source, error), true, error);
    } else {
      this.shutdown(true, error);
    }
  }

  onSourceClosed() {
    if (!this.preventClose) {
      this.shutdownWithAction(
        () => writableStreamDefaultWriterCloseWithErrorPropagation(this.writer), false);
    } else {
      this.shutdown(false);
    }
  }

  start() {
    const { source, dest, signal } = this;
    source[kState].disturbed = true;
    if (signal !== undefined) {
      if (signal.aborted) {
        this.abort();
        return this.deferred.promise;
      }
      this.abortListener = () => this.abort();
      signal.addEventListener('abort', this.abortListener, { once: true });
    }
    this.pump();

    // Errors forward, errors backward, closing forward, closing backward:
    // checked now and again when the state changes.
    const ss = source[kState];
    const sourceClosed = this.reader[kState].closed;
    if (ss.state === 'errored') {
      this.onSourceErrored(ss.storedError);
    } else if (ss.state !== 'closed') {
      sourceClosed.waiter = () => {
        if (sourceClosed.state === 2) {
          // The reader was released by this pipe, or the source errored.
          if (source[kState].state === 'errored') this.onSourceErrored(source[kState].storedError);
        } else {
          this.onSourceClosed();
        }
      };
    }
    const ds = dest[kState];
    if (ds.state === 'errored') {
      this.onDestErrored(ds.storedError);
    } else {
      const destClosed = this.writer[kState].closed;
      destClosed.waiter = () => {
        if (destClosed.state === 2 && dest[kState].state === 'errored') {
          this.onDestErrored(dest[kState].storedError);
        }
      };
    }
    if (source[kState].state === 'closed') this.onSourceClosed();
    if (writableStreamCloseQueuedOrInFlight(dest) || dest[kState].state === 'closed') {
      const error = new ERR_INVALID_STATE.TypeError('Destination WritableStream is closed');
      if (!this.preventCancel) {
        this.shutdownWithAction(() => readableStreamCancel(source, error), true, error);
      } else {
        this.shutdown(true, error);
      }
    }
    return this.deferred.promise;
  }
}

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  let pipe;
  try {
    pipe = new Pipe(source, dest, preventClose, preventAbort, preventCancel, signal);
  } catch (error) {
    return PromiseReject(error);
  }
  return pipe.start();
}

module.exports = {
  ReadableByteStreamController,
  ReadableStream,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableStreamDefaultController,
  ReadableStreamDefaultReader,
  byteControllerEnqueueTransferred,
  createReadableByteStream,
  createReadableStream,
  isReadableStream,
  isReadableStreamLocked,
  readableByteStreamControllerClose,
  readableByteStreamControllerEnqueue,
  readableByteStreamControllerError,
  readableStreamCancel,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
  readableStreamDefaultReaderRead,
  readableStreamDefaultReaderRelease,
  readableStreamErrorFromSignal,
  readableStreamPipeTo,
  readableStreamSettledPromise,
  readableStreamTee,
};

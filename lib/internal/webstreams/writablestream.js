// eddy: WritableStream, WritableStreamDefaultWriter and
// WritableStreamDefaultController (WHATWG Streams §5), with node 20's error
// codes, messages and inspect output.
//
// The spec's algorithms are the functions below, named after it. Internal
// slots live in `obj[kState]`. Departures that nobody can observe, made
// because promises are costly here (see internal/webstreams/util.js):
// - A write request is any object with resolve()/reject(e); writer.write()
//   makes a Deferred, internal writers (pipeTo, the node-stream adapters)
//   pass one reused object. resolve()/reject() are called in the middle of
//   the algorithms below, so they must not call user code synchronously
//   (a promise's reactions never do).
// - A writer's ready and closed promises are LazyPromises, made real when
//   read; internal code waits on them with a callback.
// - The controller's AbortController is made when `signal` is first read.
// - A sink algorithm that returns undefined completes in one microtask.
'use strict';

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateObject,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
} = require('internal/validators');
const {
  Deferred,
  LazyPromise,
  PromiseReject,
  PromiseResolve,
  callPromiseCallback,
  checkChunkSize,
  customInspect,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isBrand,
  kEmptyObject,
  kControllerErrorFunction,
  kInspect,
  kIsClosedPromise,
  kState,
  kType,
  markHandled,
  peekQueueValue,
  queueLength,
  reactTo,
  resetQueue,
} = require('internal/webstreams/util');

const kAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kAllowObjectsAndNull = kAllowObjects | kValidateObjectAllowNullable;
const kCloseSentinel = Symbol('kCloseSentinel');
const kSkipThrow = Symbol('kSkipThrow');

let releasedError;
function writerReleasedError() {
  // One shared error, as node keeps (its stack names no user frames).
  releasedError ??= new ERR_INVALID_STATE.TypeError('Writer has been released');
  return releasedError;
}

// V8's message for Function.prototype.bind on a non-function, which node
// shows for a bad `start`.
function bindError() {
  return new TypeError('Bind must be called on a function');
}

function isWritableStream(value) {
  return isBrand(value, 'WritableStream');
}

function isWritableStreamDefaultWriter(value) {
  return isBrand(value, 'WritableStreamDefaultWriter');
}

function isWritableStreamDefaultController(value) {
  return isBrand(value, 'WritableStreamDefaultController');
}

// --- WritableStream --------------------------------------------------------------

class WritableStream {
  constructor(sink = kEmptyObject, strategy = kEmptyObject) {
    validateObject(sink, 'sink', kAllowObjects);
    validateObject(strategy, 'strategy', kAllowObjectsAndNull);
    const type = sink?.type;
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);
    initializeWritableStream(this);
    const size = extractSizeAlgorithm(strategy?.size);
    const highWaterMark = extractHighWaterMark(strategy?.highWaterMark, 1);
    setupControllerFromSink(this, sink, highWaterMark, size);
  }

  get locked() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return this[kState].writer !== undefined;
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return PromiseReject(new ERR_INVALID_THIS('WritableStream'));
    if (this[kState].writer !== undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return PromiseReject(new ERR_INVALID_THIS('WritableStream'));
    if (this[kState].writer !== undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  // node keeps these two as own properties made with every stream; eddy
  // makes them when read.
  get [kIsClosedPromise]() {
    if (!isWritableStream(this)) return undefined;
    const s = this[kState];
    s.settledSlot ??= { promise: writableStreamSettledPromise(this) };
    return s.settledSlot;
  }

  get [kControllerErrorFunction]() {
    if (!isWritableStream(this)) return undefined;
    return (error) => writableStreamErrorFromSignal(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'WritableStream', {
      locked: this.locked,
      state: this[kState].state,
    });
  }
}

Object.defineProperties(WritableStream.prototype, {
  locked: { enumerable: true },
  abort: { enumerable: true },
  close: { enumerable: true },
  getWriter: { enumerable: true },
  [Symbol.toStringTag]: { value: 'WritableStream', configurable: true },
});

function initializeWritableStream(stream) {
  stream[kType] = 'WritableStream';
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    backpressure: false,
    writeRequests: [],
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    // What stream.finished() waits on (node's kIsClosedPromise): a
    // LazyPromise, made when asked for or when the stream settles.
    settled: undefined,
    settledSlot: undefined,
  };
}

function settleWritableStream(s, state, error) {
  if (s.settled === undefined) s.settled = new LazyPromise(state, error);
  else if (state === 1) s.settled.resolve(undefined);
  else s.settled.reject(error);
}

// Fulfilled once the stream has closed, rejected once it has errored (after
// its abort algorithm ran, as node does).
function writableStreamSettledPromise(stream) {
  const s = stream[kState];
  if (s.settled === undefined) s.settled = new LazyPromise();
  return s.settled.get();
}

// stream.addAbortSignal() errors the stream as its controller's error() would.
function writableStreamErrorFromSignal(stream, error) {
  writableStreamDefaultControllerErrorIfNeeded(stream[kState].controller, error);
}

// A WritableStream over internal algorithms (TransformStream, adapters).
// `algorithms` has write(chunk, controller), close(), abort(reason) and
// optionally start(controller), all called with `algorithms` as `this`.
function createWritableStream(algorithms, highWaterMark = 1, sizeAlgorithm = undefined) {
  const stream = Object.create(WritableStream.prototype);
  initializeWritableStream(stream);
  const controller = new WritableStreamDefaultController(kSkipThrow);
  setupWritableStreamDefaultController(stream, controller, algorithms,
                                       algorithms.start, algorithms.write,
                                       algorithms.close, algorithms.abort,
                                       highWaterMark, sizeAlgorithm);
  return stream;
}

function writableStreamAbort(stream, reason) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') return PromiseResolve(undefined);
  signalAbort(s.controller, reason);
  // Aborting the signal ran user code that may have moved the state on.
  const state = s.state;
  if (state === 'closed' || state === 'errored') return PromiseResolve(undefined);
  if (s.pendingAbortRequest !== undefined) return s.pendingAbortRequest.deferred.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const deferred = new Deferred();
  s.pendingAbortRequest = { deferred, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return deferred.promise;
}

function writableStreamClose(stream) {
  const s = stream[kState];
  if (s.state === 'closed' || s.state === 'errored') {
    return PromiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const deferred = new Deferred();
  s.closeRequest = deferred;
  const writer = s.writer;
  if (writer !== undefined && s.backpressure && s.state === 'writable') {
    writer[kState].ready.resolve(undefined);
  }
  writableStreamDefaultControllerClose(s.controller);
  return deferred.promise;
}

function writableStreamAddWriteRequest(stream, request) {
  stream[kState].writeRequests.push(request);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  const s = stream[kState];
  return s.closeRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

function writableStreamFinishErroring(stream) {
  const s = stream[kState];
  s.state = 'errored';
  resetQueue(s.controller[kState]);
  const storedError = s.storedError;
  const requests = s.writeRequests;
  s.writeRequests = [];
  for (let i = 0; i < requests.length; i++) requests[i].reject(storedError);
  const abortRequest = s.pendingAbortRequest;
  if (abortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  s.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.deferred.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const c = s.controller[kState];
  const result = c.abortAlgorithm === undefined ? undefined :
    callPromiseCallback(c.abortAlgorithm, c.sink, abortRequest.reason);
  clearAlgorithms(c);
  reactTo(result, () => {
    abortRequest.deferred.resolve(undefined);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, (error) => {
    abortRequest.deferred.reject(error);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightClose(stream) {
  const s = stream[kState];
  const request = s.inFlightCloseRequest;
  s.inFlightCloseRequest = undefined;
  request.resolve(undefined);
  if (s.state === 'erroring') {
    s.storedError = undefined;
    if (s.pendingAbortRequest !== undefined) {
      s.pendingAbortRequest.deferred.resolve(undefined);
      s.pendingAbortRequest = undefined;
    }
  }
  s.state = 'closed';
  const writer = s.writer;
  if (writer !== undefined) writer[kState].closed.resolve(undefined);
  settleWritableStream(s, 1);
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const s = stream[kState];
  const request = s.inFlightCloseRequest;
  s.inFlightCloseRequest = undefined;
  request.reject(error);
  if (s.pendingAbortRequest !== undefined) {
    s.pendingAbortRequest.deferred.reject(error);
    s.pendingAbortRequest = undefined;
  }
  settleWritableStream(s, 2, error);
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightWrite(stream) {
  const s = stream[kState];
  const request = s.inFlightWriteRequest;
  s.inFlightWriteRequest = undefined;
  request.resolve(undefined);
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  const s = stream[kState];
  const request = s.inFlightWriteRequest;
  s.inFlightWriteRequest = undefined;
  request.reject(error);
  writableStreamDealWithRejection(stream, error);
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const s = stream[kState];
  return s.inFlightWriteRequest !== undefined || s.inFlightCloseRequest !== undefined;
}

function writableStreamMarkCloseRequestInFlight(stream) {
  const s = stream[kState];
  s.inFlightCloseRequest = s.closeRequest;
  s.closeRequest = undefined;
}

function writableStreamMarkFirstWriteRequestInFlight(stream) {
  const s = stream[kState];
  s.inFlightWriteRequest = s.writeRequests.shift();
}

function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  const s = stream[kState];
  if (s.closeRequest !== undefined) {
    s.closeRequest.reject(s.storedError);
    s.closeRequest = undefined;
  }
  settleWritableStream(s, 2, s.storedError);
  const writer = s.writer;
  if (writer !== undefined) writer[kState].closed.reject(s.storedError);
}

function writableStreamStartErroring(stream, reason) {
  const s = stream[kState];
  s.state = 'erroring';
  s.storedError = reason;
  const writer = s.writer;
  if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && s.controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const s = stream[kState];
  const writer = s.writer;
  if (writer !== undefined && backpressure !== s.backpressure) {
    const w = writer[kState];
    if (backpressure) w.ready = new LazyPromise();
    else w.ready.resolve(undefined);
  }
  s.backpressure = backpressure;
}

// --- WritableStreamDefaultWriter ---------------------------------------------------

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    }
    if (stream[kState].writer !== undefined) {
      throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
    }
    this[kType] = 'WritableStreamDefaultWriter';
    const w = this[kState] = { stream, ready: undefined, closed: undefined };
    const s = stream[kState];
    s.writer = this;
    switch (s.state) {
      case 'writable':
        w.ready = !writableStreamCloseQueuedOrInFlight(stream) && s.backpressure ?
          new LazyPromise() : new LazyPromise(1);
        w.closed = new LazyPromise();
        break;
      case 'erroring':
        w.ready = new LazyPromise(2, s.storedError);
        w.closed = new LazyPromise();
        break;
      case 'closed':
        w.ready = new LazyPromise(1);
        w.closed = new LazyPromise(1);
        break;
      default:
        w.ready = new LazyPromise(2, s.storedError);
        w.closed = new LazyPromise(2, s.storedError);
    }
  }

  get closed() {
    if (!isWritableStreamDefaultWriter(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].closed.get();
  }

  get desiredSize() {
    if (!isWritableStreamDefaultWriter(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    }
    if (this[kState].stream === undefined) {
      throw new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
    }
    return writerGetDesiredSize(this);
  }

  get ready() {
    if (!isWritableStreamDefaultWriter(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].ready.get();
  }

  abort(reason = undefined) {
    if (!isWritableStreamDefaultWriter(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(stream, reason);
  }

  close() {
    if (!isWritableStreamDefaultWriter(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isWritableStreamDefaultWriter(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    }
    if (this[kState].stream === undefined) return;
    writableStreamDefaultWriterRelease(this);
  }

  write(chunk = undefined) {
    if (!isWritableStreamDefaultWriter(this)) {
      return PromiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) {
      return PromiseReject(new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    const request = new Deferred();
    const error = writableStreamDefaultWriterWrite(this, chunk, request);
    return error === undefined ? request.promise : error;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'WritableStreamDefaultWriter', {
      stream: this[kState].stream,
      close: this[kState].closed.get(),
      ready: this[kState].ready.get(),
      desiredSize: this.desiredSize,
    });
  }
}

Object.defineProperties(WritableStreamDefaultWriter.prototype, {
  closed: { enumerable: true },
  desiredSize: { enumerable: true },
  ready: { enumerable: true },
  abort: { enumerable: true },
  close: { enumerable: true },
  releaseLock: { enumerable: true },
  write: { enumerable: true },
  [Symbol.toStringTag]: { value: 'WritableStreamDefaultWriter', configurable: true },
});

function writerEnsureClosedPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.closed.state === 0) w.closed.reject(error);
  else w.closed = new LazyPromise(2, error);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  const w = writer[kState];
  if (w.ready.state === 0) w.ready.reject(error);
  else w.ready = new LazyPromise(2, error);
}

function writerGetDesiredSize(writer) {
  const s = writer[kState].stream[kState];
  const state = s.state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  const c = s.controller[kState];
  return c.highWaterMark - c.queueTotalSize;
}

function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  if (writableStreamCloseQueuedOrInFlight(stream) || s.state === 'closed') {
    return PromiseResolve(undefined);
  }
  if (s.state === 'errored') return PromiseReject(s.storedError);
  return writableStreamClose(stream);
}

function writableStreamDefaultWriterRelease(writer) {
  const w = writer[kState];
  const stream = w.stream;
  const error = writerReleasedError();
  writerEnsureReadyPromiseRejected(writer, error);
  writerEnsureClosedPromiseRejected(writer, error);
  stream[kState].writer = undefined;
  w.stream = undefined;
}

// Queues `chunk` with `request` (resolve()/reject(e)) as its write request.
// Returns undefined when queued, else a rejected promise for writer.write()
// to return (and `request` is rejected too, for internal writers).
function writableStreamDefaultWriterWrite(writer, chunk, request) {
  const stream = writer[kState].stream;
  const s = stream[kState];
  const controller = s.controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return failWrite(request, new ERR_INVALID_STATE.TypeError('Mismatched WritableStreams'));
  }
  const state = s.state;
  if (state === 'errored') return failWrite(request, s.storedError);
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return failWrite(request, new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (state === 'erroring') return failWrite(request, s.storedError);
  s.writeRequests.push(request);
  controllerWrite(controller, chunk, chunkSize);
  return undefined;
}

function failWrite(request, error) {
  if (!(request instanceof Deferred)) request.reject(error);
  return PromiseReject(error);
}

// --- WritableStreamDefaultController ------------------------------------------

class WritableStreamDefaultController {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'WritableStreamDefaultController';
    this[kState] = undefined;
  }

  get signal() {
    if (!isWritableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    }
    return controllerSignal(this[kState]);
  }

  error(error = undefined) {
    if (!isWritableStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    }
    if (this[kState].stream[kState].state !== 'writable') return;
    writableStreamDefaultControllerError(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'WritableStreamDefaultController', {
      stream: this[kState].stream,
    });
  }
}

Object.defineProperties(WritableStreamDefaultController.prototype, {
  signal: { enumerable: true },
  error: { enumerable: true },
  [Symbol.toStringTag]: { value: 'WritableStreamDefaultController', configurable: true },
});

function controllerSignal(c) {
  if (c.abortController === undefined) {
    const { AbortController } = require('internal/abort_controller');
    c.abortController = new AbortController();
    if (c.aborted) c.abortController.abort(c.abortReason);
  }
  return c.abortController.signal;
}

function signalAbort(controller, reason) {
  const c = controller[kState];
  if (c.aborted) return;
  c.aborted = true;
  c.abortReason = reason;
  if (c.abortController !== undefined) c.abortController.abort(reason);
}

function setupControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kSkipThrow);
  const start = sink?.start;
  const write = sink?.write;
  const close = sink?.close;
  const abort = sink?.abort;
  if (start && typeof start !== 'function') throw bindError();
  if (write) validateFunction(write, 'sink.write');
  if (close) validateFunction(close, 'sink.close');
  if (abort) validateFunction(abort, 'sink.abort');
  setupWritableStreamDefaultController(stream, controller, sink,
                                       start || undefined, write || undefined,
                                       close || undefined, abort || undefined,
                                       highWaterMark, sizeAlgorithm);
}

// `sink` is the `this` of the algorithms; each one may be undefined (a
// no-op). write(chunk, controller), close(), abort(reason), start(controller).
function setupWritableStreamDefaultController(stream, controller, sink, startAlgorithm,
                                              writeAlgorithm, closeAlgorithm,
                                              abortAlgorithm, highWaterMark,
                                              sizeAlgorithm) {
  const c = controller[kState] = {
    stream,
    sink,
    qValues: [],
    qSizes: [],
    qHead: 0,
    queueTotalSize: 0,
    started: false,
    highWaterMark,
    sizeAlgorithm,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
    abortController: undefined,
    aborted: false,
    abortReason: undefined,
    onWriteFulfilled: undefined,
    onWriteRejected: undefined,
  };
  c.onWriteFulfilled = () => processWriteFulfilled(controller);
  c.onWriteRejected = (error) => processWriteRejected(controller, error);
  stream[kState].controller = controller;
  writableStreamUpdateBackpressure(stream, controllerGetBackpressure(c));
  const startResult = startAlgorithm === undefined ? undefined :
    startAlgorithm.call(sink, controller);
  PromiseResolve(startResult).then(() => {
    c.started = true;
    controllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    c.started = true;
    writableStreamDealWithRejection(stream, error);
  });
}

function controllerAdvanceQueueIfNeeded(controller) {
  const c = controller[kState];
  const stream = c.stream;
  if (!c.started) return;
  const s = stream[kState];
  if (s.inFlightWriteRequest !== undefined) return;
  if (s.state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (queueLength(c) === 0) return;
  const value = peekQueueValue(c);
  if (value === kCloseSentinel) controllerProcessClose(controller);
  else controllerProcessWrite(controller, value);
}

function clearAlgorithms(c) {
  c.writeAlgorithm = undefined;
  c.closeAlgorithm = undefined;
  c.abortAlgorithm = undefined;
  c.sizeAlgorithm = undefined;
}

function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller[kState], kCloseSentinel, 0);
  controllerAdvanceQueueIfNeeded(controller);
}

function writableStreamDefaultControllerError(controller, error) {
  const c = controller[kState];
  clearAlgorithms(c);
  writableStreamStartErroring(c.stream, error);
}

function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') {
    writableStreamDefaultControllerError(controller, error);
  }
}

function controllerGetBackpressure(c) {
  return c.highWaterMark - c.queueTotalSize <= 0;
}

function controllerGetChunkSize(controller, chunk) {
  const c = controller[kState];
  const size = c.sizeAlgorithm;
  if (size === undefined) {
    // Cleared algorithms (an errored stream) report 1, as the spec's
    // returning-1 step after an error does.
    return 1;
  }
  try {
    return size.call(undefined, chunk);
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function writableStreamDefaultControllerGetDesiredSize(controller) {
  const c = controller[kState];
  return c.highWaterMark - c.queueTotalSize;
}

function controllerProcessClose(controller) {
  const c = controller[kState];
  const stream = c.stream;
  writableStreamMarkCloseRequestInFlight(stream);
  dequeueValue(c);
  const result = c.closeAlgorithm === undefined ? undefined :
    callPromiseCallback(c.closeAlgorithm, c.sink);
  clearAlgorithms(c);
  reactTo(result,
          () => writableStreamFinishInFlightClose(stream),
          (error) => writableStreamFinishInFlightCloseWithError(stream, error));
}

function controllerProcessWrite(controller, chunk) {
  const c = controller[kState];
  writableStreamMarkFirstWriteRequestInFlight(c.stream);
  const result = c.writeAlgorithm === undefined ? undefined :
    callPromiseCallback(c.writeAlgorithm, c.sink, chunk, controller);
  reactTo(result, c.onWriteFulfilled, c.onWriteRejected);
}

function processWriteFulfilled(controller) {
  const c = controller[kState];
  const stream = c.stream;
  const s = stream[kState];
  writableStreamFinishInFlightWrite(stream);
  dequeueValue(c);
  if (!writableStreamCloseQueuedOrInFlight(stream) && s.state === 'writable') {
    writableStreamUpdateBackpressure(stream, controllerGetBackpressure(c));
  }
  controllerAdvanceQueueIfNeeded(controller);
}

function processWriteRejected(controller, error) {
  const c = controller[kState];
  const stream = c.stream;
  if (stream[kState].state === 'writable') clearAlgorithms(c);
  writableStreamFinishInFlightWriteWithError(stream, error);
}

function controllerWrite(controller, chunk, chunkSize) {
  const c = controller[kState];
  try {
    enqueueValueWithSize(c, chunk, chunkSize === 1 ? 1 : checkChunkSize(chunkSize));
  } catch (error) {
    writableStreamDefaultControllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = c.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, controllerGetBackpressure(c));
  }
  controllerAdvanceQueueIfNeeded(controller);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultController,
  WritableStreamDefaultWriter,
  createWritableStream,
  isWritableStream,
  isWritableStreamDefaultController,
  isWritableStreamDefaultWriter,
  kSkipThrow,
  markHandled,
  writableStreamAbort,
  writableStreamClose,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDefaultControllerErrorIfNeeded,
  writableStreamDefaultControllerGetDesiredSize,
  writableStreamDefaultWriterCloseWithErrorPropagation,
  writableStreamDefaultWriterRelease,
  writableStreamDefaultWriterWrite,
  writableStreamErrorFromSignal,
  writableStreamSettledPromise,
  writerGetDesiredSize,
};

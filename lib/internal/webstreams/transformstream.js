// eddy: TransformStream and TransformStreamDefaultController (WHATWG Streams
// §6, including the transformer's cancel()), with node 20's error codes,
// messages and inspect output.
//
// The spec's backpressureChangePromise is kept as two waiters instead of a
// promise: the readable side's pending pull and a write held back by
// backpressure are completed in a microtask when the backpressure flag is
// next set, which is when that promise would have settled. A transform
// that returns undefined completes its write with no promise at all.
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
  PromisePrototypeThen,
  PromiseResolve,
  callPromiseCallback,
  customInspect,
  enqueueMicrotask,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isBrand,
  kEmptyObject,
  kInspect,
  kPending,
  kState,
  kType,
  reactTo,
} = require('internal/webstreams/util');
const {
  createReadableStream,
  readableStreamDefaultControllerCanCloseOrEnqueue,
  readableStreamDefaultControllerClose,
  readableStreamDefaultControllerEnqueue,
  readableStreamDefaultControllerError,
  readableStreamDefaultControllerGetDesiredSize,
  readableStreamDefaultControllerHasBackpressure,
} = require('internal/webstreams/readablestream');
const {
  createWritableStream,
  writableStreamDefaultControllerErrorIfNeeded,
} = require('internal/webstreams/writablestream');

const kAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kAllowObjectsAndNull = kAllowObjects | kValidateObjectAllowNullable;
const kSkipThrow = Symbol('kSkipThrow');

function isTransformStream(value) {
  return isBrand(value, 'TransformStream');
}

function isTransformStreamDefaultController(value) {
  return isBrand(value, 'TransformStreamDefaultController');
}

class TransformStream {
  constructor(transformer = kEmptyObject, writableStrategy = kEmptyObject,
              readableStrategy = kEmptyObject) {
    validateObject(transformer, 'transformer', kAllowObjects);
    validateObject(writableStrategy, 'writableStrategy', kAllowObjectsAndNull);
    validateObject(readableStrategy, 'readableStrategy', kAllowObjectsAndNull);
    const readableType = transformer?.readableType;
    const writableType = transformer?.writableType;
    if (readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', readableType);
    }
    if (writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', writableType);
    }
    const start = transformer?.start;
    const transform = transformer?.transform;
    const flush = transformer?.flush;
    const cancel = transformer?.cancel;
    if (start !== undefined && typeof start !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('transformer.start', 'Function', start);
    }
    if (transform) validateFunction(transform, 'transformer.transform');
    if (flush) validateFunction(flush, 'transformer.flush');
    if (cancel) validateFunction(cancel, 'transformer.cancel');

    const readableHighWaterMark = extractHighWaterMark(readableStrategy?.highWaterMark, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy?.size);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy?.highWaterMark, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy?.size);

    const startDeferred = new Deferred();
    initializeTransformStream(this, startDeferred.promise, writableHighWaterMark, writableSize,
                              readableHighWaterMark, readableSize);
    const controller = new TransformStreamDefaultController(kSkipThrow);
    setupTransformStreamDefaultController(this, controller, transformer,
                                          transform || identityTransform, flush || undefined,
                                          cancel || undefined);
    if (start !== undefined) {
      startDeferred.resolve(start.call(transformer, controller));
    } else {
      startDeferred.resolve(undefined);
    }
  }

  get readable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].writable;
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'TransformStream', {
      readable: this.readable,
      writable: this.writable,
      backpressure: this[kState].backpressure,
    });
  }
}

Object.defineProperties(TransformStream.prototype, {
  readable: { enumerable: true },
  writable: { enumerable: true },
  [Symbol.toStringTag]: { value: 'TransformStream', configurable: true },
});

class TransformStreamDefaultController {
  constructor(skip = undefined) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'TransformStreamDefaultController';
    this[kState] = undefined;
  }

  get desiredSize() {
    if (!isTransformStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    const readable = this[kState].stream[kState].readable;
    return readableStreamDefaultControllerGetDesiredSize(readable[kState].controller);
  }

  enqueue(chunk = undefined) {
    if (!isTransformStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    transformStreamDefaultControllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isTransformStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    if (!isTransformStreamDefaultController(this)) {
      throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    }
    transformStreamDefaultControllerTerminate(this);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'TransformStreamDefaultController', {
      stream: this[kState].stream,
    });
  }
}

Object.defineProperties(TransformStreamDefaultController.prototype, {
  desiredSize: { enumerable: true },
  enqueue: { enumerable: true },
  error: { enumerable: true },
  terminate: { enumerable: true },
  [Symbol.toStringTag]: { value: 'TransformStreamDefaultController', configurable: true },
});

// The transform of a transformer without one: pass the chunk through.
function identityTransform(chunk, controller) {
  transformStreamDefaultControllerEnqueue(controller, chunk);
}

function initializeTransformStream(stream, startPromise, writableHighWaterMark,
                                   writableSizeAlgorithm, readableHighWaterMark,
                                   readableSizeAlgorithm) {
  stream[kType] = 'TransformStream';
  const t = stream[kState] = {
    readable: undefined,
    writable: undefined,
    controller: undefined,
    backpressure: undefined,
    // The backpressureChangePromise's two possible waiters.
    pullWaiting: false,
    writeWaiting: false,
    waitingChunk: undefined,
    onBackpressureChangeForWrite: undefined,
    onTransformRejected: undefined,
  };
  t.onBackpressureChangeForWrite = () => writeAfterBackpressureChange(stream);
  t.onTransformRejected = (error) => {
    transformStreamError(stream, error);
    throw error;
  };
  t.writable = createWritableStream({
    start() { return startPromise; },
    write(chunk) { return sinkWriteAlgorithm(stream, chunk); },
    close() { return sinkCloseAlgorithm(stream); },
    abort(reason) { return sinkAbortAlgorithm(stream, reason); },
  }, writableHighWaterMark, writableSizeAlgorithm);
  t.readable = createReadableStream({
    start() { return startPromise; },
    pull() { return sourcePullAlgorithm(stream); },
    cancel(reason) { return sourceCancelAlgorithm(stream, reason); },
  }, readableHighWaterMark, readableSizeAlgorithm);
  transformStreamSetBackpressure(stream, true);
}

function transformStreamError(stream, error) {
  const t = stream[kState];
  readableStreamDefaultControllerError(t.readable[kState].controller, error);
  transformStreamErrorWritableAndUnblockWrite(stream, error);
}

function transformStreamErrorWritableAndUnblockWrite(stream, error) {
  const t = stream[kState];
  clearAlgorithms(t.controller[kState]);
  writableStreamDefaultControllerErrorIfNeeded(t.writable[kState].controller, error);
  transformStreamUnblockWrite(stream);
}

function transformStreamUnblockWrite(stream) {
  if (stream[kState].backpressure) transformStreamSetBackpressure(stream, false);
}

function transformStreamSetBackpressure(stream, backpressure) {
  const t = stream[kState];
  // Settle the old backpressureChangePromise: wake whoever waits on it.
  if (t.pullWaiting) {
    t.pullWaiting = false;
    enqueueMicrotask(t.readable[kState].controller[kState].onPullFulfilled);
  }
  if (t.writeWaiting) {
    t.writeWaiting = false;
    enqueueMicrotask(t.onBackpressureChangeForWrite);
  }
  t.backpressure = backpressure;
}

function setupTransformStreamDefaultController(stream, controller, transformer,
                                               transformAlgorithm, flushAlgorithm,
                                               cancelAlgorithm) {
  controller[kState] = {
    stream,
    transformer,
    transformAlgorithm,
    flushAlgorithm,
    cancelAlgorithm,
    finishPromise: undefined,
  };
  stream[kState].controller = controller;
}

function clearAlgorithms(c) {
  c.transformAlgorithm = undefined;
  c.flushAlgorithm = undefined;
  c.cancelAlgorithm = undefined;
}

function transformStreamDefaultControllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const t = stream[kState];
  const readableController = t.readable[kState].controller;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    transformStreamErrorWritableAndUnblockWrite(stream, error);
    throw t.readable[kState].storedError;
  }
  const backpressure = readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== t.backpressure) transformStreamSetBackpressure(stream, true);
}

function transformStreamDefaultControllerTerminate(controller) {
  const stream = controller[kState].stream;
  const t = stream[kState];
  readableStreamDefaultControllerClose(t.readable[kState].controller);
  transformStreamErrorWritableAndUnblockWrite(
    stream, new ERR_INVALID_STATE.TypeError('TransformStream has been terminated'));
}

// Returns undefined (done), a promise, or throws nothing: a failure is a
// rejected promise that also errors the stream.
function performTransform(controller, chunk) {
  const c = controller[kState];
  // Cleared algorithms (an errored stream): nothing left to do.
  if (c.transformAlgorithm === undefined) return undefined;
  const result = callPromiseCallback(c.transformAlgorithm, c.transformer, chunk, controller);
  if (result === undefined) return undefined;
  return PromisePrototypeThen.call(PromiseResolve(result), undefined,
                                   c.stream[kState].onTransformRejected);
}

function sinkWriteAlgorithm(stream, chunk) {
  const t = stream[kState];
  if (t.backpressure) {
    t.writeWaiting = true;
    t.waitingChunk = chunk;
    return kPending;
  }
  return performTransform(t.controller, chunk);
}

// The write held back by backpressure, once the backpressure changed.
function writeAfterBackpressureChange(stream) {
  const t = stream[kState];
  const chunk = t.waitingChunk;
  t.waitingChunk = undefined;
  const wc = t.writable[kState].controller[kState];
  const ws = t.writable[kState];
  if (ws.state === 'erroring') {
    wc.onWriteRejected(ws.storedError);
    return;
  }
  // As a reaction to the transform's promise would, the write completes in
  // a later microtask.
  reactTo(performTransform(t.controller, chunk), wc.onWriteFulfilled, wc.onWriteRejected);
}

function sinkAbortAlgorithm(stream, reason) {
  const t = stream[kState];
  const c = t.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = t.readable;
  const finish = c.finishPromise = new Deferred();
  const result = c.cancelAlgorithm === undefined ? undefined :
    callPromiseCallback(c.cancelAlgorithm, c.transformer, reason);
  clearAlgorithms(c);
  reactTo(result, () => {
    if (readable[kState].state === 'errored') {
      finish.reject(readable[kState].storedError);
    } else {
      readableStreamDefaultControllerError(readable[kState].controller, reason);
      finish.resolve(undefined);
    }
  }, (error) => {
    readableStreamDefaultControllerError(readable[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function sinkCloseAlgorithm(stream) {
  const t = stream[kState];
  const c = t.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const readable = t.readable;
  const finish = c.finishPromise = new Deferred();
  const result = c.flushAlgorithm === undefined ? undefined :
    callPromiseCallback(c.flushAlgorithm, c.transformer, t.controller);
  clearAlgorithms(c);
  reactTo(result, () => {
    if (readable[kState].state === 'errored') {
      finish.reject(readable[kState].storedError);
    } else {
      readableStreamDefaultControllerClose(readable[kState].controller);
      finish.resolve(undefined);
    }
  }, (error) => {
    readableStreamDefaultControllerError(readable[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function sourceCancelAlgorithm(stream, reason) {
  const t = stream[kState];
  const c = t.controller[kState];
  if (c.finishPromise !== undefined) return c.finishPromise.promise;
  const writable = t.writable;
  const finish = c.finishPromise = new Deferred();
  const result = c.cancelAlgorithm === undefined ? undefined :
    callPromiseCallback(c.cancelAlgorithm, c.transformer, reason);
  clearAlgorithms(c);
  reactTo(result, () => {
    if (writable[kState].state === 'errored') {
      finish.reject(writable[kState].storedError);
    } else {
      writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, reason);
      transformStreamUnblockWrite(stream);
      finish.resolve(undefined);
    }
  }, (error) => {
    writableStreamDefaultControllerErrorIfNeeded(writable[kState].controller, error);
    transformStreamUnblockWrite(stream);
    finish.reject(error);
  });
  return finish.promise;
}

function sourcePullAlgorithm(stream) {
  const t = stream[kState];
  transformStreamSetBackpressure(stream, false);
  // The pull completes when the backpressure next changes.
  t.pullWaiting = true;
  return kPending;
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
  isTransformStreamDefaultController,
};

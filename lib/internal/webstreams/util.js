// eddy: pieces shared by the WHATWG streams implementation (node's
// lib/internal/webstreams/util.js role): the internal-slot symbols and brand
// checks, the value queue of default controllers, strategy extraction,
// lazily created promises, ArrayBuffer transfer and node's inspect format.
//
// Promise jobs are expensive on this engine, so the algorithms avoid
// allocating promises nobody can observe:
// - An algorithm (pull, write, close, ...) may return undefined to mean
//   "done", which the caller turns into a single microtask (the same job a
//   reaction to an already-resolved promise would be), a promise to react to,
//   or kPending, meaning "I call the controller's completion hooks myself".
// - Promises exposed only through getters (a writer's ready promise) are
//   LazyPromise records and become real promises when someone reads them.
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { enqueueMicrotask } = internalBinding('task_queue');

const kState = Symbol('kState');
const kType = Symbol('kType');
// Returned by an internal algorithm that completes through callbacks.
const kPending = Symbol('kPending');
const kEmptyObject = Object.freeze({ __proto__: null });
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// node's stream utilities (stream.isDisturbed/isErrored/isReadable) ask web
// streams through these registered symbols.
const kIsDisturbed = Symbol.for('nodejs.stream.disturbed');
const kIsErrored = Symbol.for('nodejs.stream.errored');
const kIsReadable = Symbol.for('nodejs.stream.readable');
const kIsWritable = Symbol.for('nodejs.stream.writable');
// Slots node keeps on every web stream, read by readable-stream 4 (npm):
// `{ promise }` settled when the stream closes or errors, and the function
// that errors the stream as its controller would.
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');

function nop() {}

const resolvedPromise = Promise.resolve();
const PromisePrototypeThen = Promise.prototype.then;
const kPromiseResolve = Promise.resolve;
const kPromiseReject = Promise.reject;
const PromiseResolve = (value) => kPromiseResolve.call(Promise, value);
const PromiseReject = (error) => kPromiseReject.call(Promise, error);

function isBrand(value, brand) {
  return value != null && value[kType] === brand && value[kState] !== undefined;
}

// --- inspect ---------------------------------------------------------------------

let lazyInspectFn;
function inspect(value, opts) {
  lazyInspectFn ??= require('internal/util/inspect').inspect;
  return lazyInspectFn(value, opts);
}

// node's format: `Name { field: value, ... }` one level down; below the depth
// limit node's helper returns undefined (its `this`), which inspect prints.
function customInspect(depth, options, name, data) {
  if (depth < 0) return undefined;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

// --- strategies ----------------------------------------------------------------

function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  value = +value;
  if (Number.isNaN(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return value;
}

// undefined stands for the default size algorithm (every chunk counts 1).
function extractSizeAlgorithm(size) {
  if (size === undefined) return undefined;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return size;
}

function checkChunkSize(size) {
  size = +size;
  if (Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  return size;
}

// --- the value queue of default controllers ------------------------------------
// Values and sizes sit in two arrays read from `qHead`, so queueing a chunk
// allocates nothing once the arrays have grown. The owning state object
// carries qValues, qSizes, qHead and queueTotalSize.

function queueLength(s) {
  return s.qValues.length - s.qHead;
}

function enqueueValueWithSize(s, value, size) {
  s.qValues.push(value);
  s.qSizes.push(size);
  s.queueTotalSize += size;
}

function dequeueValue(s) {
  const i = s.qHead;
  const values = s.qValues;
  const value = values[i];
  const total = s.queueTotalSize - s.qSizes[i];
  s.queueTotalSize = total < 0 ? 0 : total;
  if (i + 1 === values.length) {
    values.length = 0;
    s.qSizes.length = 0;
    s.qHead = 0;
  } else {
    values[i] = undefined;
    s.qHead = i + 1;
    if (i > 1024 && i * 2 > values.length) {
      s.qValues = values.slice(i + 1);
      s.qSizes = s.qSizes.slice(i + 1);
      s.qHead = 0;
    }
  }
  return value;
}

function peekQueueValue(s) {
  return s.qValues[s.qHead];
}

function resetQueue(s) {
  s.qValues = [];
  s.qSizes = [];
  s.qHead = 0;
  s.queueTotalSize = 0;
}

// --- promises --------------------------------------------------------------------

// One shared executor hands out the resolving functions, so making a
// promise allocates no closure.
let capturedResolve;
let capturedReject;
function captureExecutor(resolve, reject) {
  capturedResolve = resolve;
  capturedReject = reject;
}

// A new pending promise; its resolving functions are left in
// capturedResolve/capturedReject (read them at once).
function newPendingPromise() {
  return new Promise(captureExecutor);
}

class Deferred {
  constructor() {
    this.promise = new Promise(captureExecutor);
    this.resolve = capturedResolve;
    this.reject = capturedReject;
  }
}

function markHandled(promise) {
  PromisePrototypeThen.call(promise, undefined, nop);
}

// A promise created only when asked for. state: 0 pending, 1 fulfilled,
// 2 rejected. Internal waiters are callbacks run in a microtask when it
// settles (no promise needed for them).
class LazyPromise {
  constructor(state = 0, value = undefined) {
    this.state = state;
    this.value = value;
    this.promise = undefined;
    this.resolveFn = undefined;
    this.rejectFn = undefined;
    this.waiter = undefined;
  }

  get() {
    if (this.promise === undefined) {
      if (this.state === 0) {
        this.promise = new Promise(captureExecutor);
        this.resolveFn = capturedResolve;
        this.rejectFn = capturedReject;
      } else if (this.state === 1) {
        this.promise = PromiseResolve(this.value);
      } else {
        this.promise = PromiseReject(this.value);
        markHandled(this.promise);
      }
    }
    return this.promise;
  }

  resolve(value) {
    if (this.state !== 0) return;
    this.state = 1;
    this.value = value;
    if (this.resolveFn !== undefined) this.resolveFn(value);
    this.resolveFn = this.rejectFn = undefined;
    const waiter = this.waiter;
    if (waiter !== undefined) {
      this.waiter = undefined;
      enqueueMicrotask(waiter);
    }
  }

  // Rejections of lazy promises are always marked handled (the spec does so
  // for every promise kept this way).
  reject(error) {
    if (this.state !== 0) return;
    this.state = 2;
    this.value = error;
    if (this.rejectFn !== undefined) {
      this.rejectFn(error);
      markHandled(this.promise);
    }
    this.resolveFn = this.rejectFn = undefined;
    const waiter = this.waiter;
    if (waiter !== undefined) {
      this.waiter = undefined;
      enqueueMicrotask(waiter);
    }
  }
}

// Runs `onFulfilled`/`onRejected` once `result` (an algorithm's return
// value, see the header) settles.
function reactTo(result, onFulfilled, onRejected) {
  if (result === undefined) {
    enqueueMicrotask(onFulfilled);
  } else if (result !== kPending) {
    PromisePrototypeThen.call(PromiseResolve(result), onFulfilled, onRejected);
  }
}

// Calls a user callback, turning a synchronous throw into a rejected
// promise (the spec's "invoke a callback function" with promise type).
function callPromiseCallback(fn, thisArg, arg1, arg2) {
  try {
    const result = fn.call(thisArg, arg1, arg2);
    // A primitive result is a fulfilled promise: no need to make one.
    if (result !== null && (typeof result === 'object' || typeof result === 'function')) {
      return result;
    }
    return result === kPending ? kPending : undefined;
  } catch (err) {
    return PromiseReject(err);
  }
}

// The result of an algorithm as a real promise (for callers that hand it out).
function toPromise(result) {
  if (result === undefined || result === kPending) return PromiseResolve(undefined);
  return PromiseResolve(result);
}

// --- ArrayBuffers -------------------------------------------------------------

const { structuredClone: cloneBinding } = internalBinding('messaging');
const kCloneHooks = {
  __proto__: null,
  onUncloneable() { return new TypeError('The ArrayBuffer could not be transferred'); },
  makeError(name, message) { return new Error(message); },
};
const getByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;

// A new ArrayBuffer with `buffer`'s memory; `buffer` is left detached.
function transferArrayBuffer(buffer) {
  return cloneBinding(buffer, [buffer], kCloneHooks);
}

function arrayBufferByteLength(buffer) {
  return getByteLength.call(buffer);
}

// SpiderMonkey 102 has no `detached` getter; a detached buffer reads as zero
// bytes long, and callers only ask about buffers that had bytes.
function isDetached(buffer) {
  return getByteLength.call(buffer) === 0;
}

function copyBytes(dest, destOffset, src, srcOffset, length) {
  new Uint8Array(dest, destOffset, length).set(new Uint8Array(src, srcOffset, length));
}

// The resolving functions of the last promise newPendingPromise() made.
function takeResolvers(target) {
  target.resolve = capturedResolve;
  target.reject = capturedReject;
}

module.exports = {
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
  kIsWritable,
  kPending,
  kState,
  kType,
  markHandled,
  newPendingPromise,
  nop,
  peekQueueValue,
  queueLength,
  reactTo,
  resetQueue,
  resolvedPromise,
  takeResolvers,
  toPromise,
  transferArrayBuffer,
};

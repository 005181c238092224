// eddy: node:async_hooks. AsyncLocalStorage and AsyncResource on eddy's
// async context frames (lib/internal/async_hooks.js says how a frame follows
// promises, ticks, timers and I/O callbacks). executionAsyncId() and friends
// follow timers, immediates and AsyncResource scopes. createHook() validates
// its callbacks, but enable() throws ERR_NOT_IMPLEMENTED: eddy does not emit
// init/before/after/destroy/promiseResolve events.
'use strict';

const {
  codes: {
    ERR_ASYNC_CALLBACK,
    ERR_ASYNC_TYPE,
    ERR_INVALID_ASYNC_ID,
    ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
// runGuarded(fn, onThrow): cleans up after a throw without moving the throw
// site (a JS finally would make the error arrow point into this file).
const { runGuarded } = internalBinding('errors');
const {
  executionState,
  newAsyncId,
  captureFrame,
  setFrame,
} = require('internal/async_hooks');

const async_id_symbol = Symbol('async_id_symbol');
const trigger_async_id_symbol = Symbol('trigger_async_id_symbol');
const kDestroyed = Symbol('kDestroyed');

// --- ids -------------------------------------------------------------------------

function executionAsyncId() {
  return executionState.asyncId;
}

function triggerAsyncId() {
  return executionState.triggerId;
}

function executionAsyncResource() {
  return executionState.resource;
}

// --- createHook -------------------------------------------------------------------

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    if (init !== undefined && typeof init !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.init');
    }
    if (before !== undefined && typeof before !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.before');
    }
    if (after !== undefined && typeof after !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.after');
    }
    if (destroy !== undefined && typeof destroy !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.destroy');
    }
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') {
      throw new ERR_ASYNC_CALLBACK('hook.promiseResolve');
    }
  }

  enable() {
    throw new ERR_NOT_IMPLEMENTED('async_hooks.createHook() (hook.enable())');
  }

  // A hook that was never enabled has nothing to turn off.
  disable() {
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

// --- AsyncResource ----------------------------------------------------------------

// Runs fn in `frame` with the given ids; everything is restored afterwards.
function runInScope(frame, asyncId, triggerId, resource, fn, thisArg, args) {
  const prevFrame = captureFrame();
  const prevId = executionState.asyncId;
  const prevTrigger = executionState.triggerId;
  const prevResource = executionState.resource;
  executionState.asyncId = asyncId;
  executionState.triggerId = triggerId;
  executionState.resource = resource;
  if (frame !== prevFrame) setFrame(frame);
  const restore = () => {
    executionState.asyncId = prevId;
    executionState.triggerId = prevTrigger;
    executionState.resource = prevResource;
    if (frame !== prevFrame) setFrame(prevFrame);
  };
  const result = runGuarded(() => Reflect.apply(fn, thisArg, args), restore);
  restore();
  return result;
}

// Runs callback(...args) with `frame` current, then makes `prev` current.
function runInFrame(frame, prev, callback, args) {
  setFrame(frame);
  const result = runGuarded(() => Reflect.apply(callback, null, args),
                            () => setFrame(prev));
  setFrame(prev);
  return result;
}

let warnedBoundResource = false;
function warnBoundResource() {
  if (warnedBoundResource) return;
  warnedBoundResource = true;
  process.emitWarning('The asyncResource property on bound functions is deprecated',
                      'DeprecationWarning', 'DEP0172');
}

class AsyncResource {
  // The frame current at construction (not a property: node shows only the
  // two ids).
  #frame;

  constructor(type, opts = {}) {
    validateString(type, 'type');
    if (type.length === 0) throw new ERR_ASYNC_TYPE(type);
    let triggerId = opts;
    if (typeof opts !== 'number') {
      triggerId = opts.triggerAsyncId === undefined ?
        executionState.asyncId : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerId) || triggerId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerId);
    }
    this[async_id_symbol] = newAsyncId();
    this[trigger_async_id_symbol] = triggerId;
    this.#frame = captureFrame();
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return runInScope(this.#frame, this[async_id_symbol],
                      this[trigger_async_id_symbol], this, fn, thisArg, args);
  }

  // eddy emits no destroy hooks (createHook is not available); this marks
  // the resource as destroyed and returns it, as node does.
  emitDestroy() {
    this[kDestroyed] = true;
    return this;
  }

  asyncId() {
    return this[async_id_symbol];
  }

  triggerAsyncId() {
    return this[trigger_async_id_symbol];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function(...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
    } else {
      bound = function(...args) {
        return resource.runInAsyncScope(fn, thisArg, ...args);
      };
    }
    let self = this;
    Object.defineProperties(bound, {
      length: {
        __proto__: null, configurable: true, enumerable: false, writable: false,
        value: fn.length,
      },
      name: {
        __proto__: null, configurable: true, enumerable: false, writable: false,
        value: 'bound',
      },
      asyncResource: {
        __proto__: null, configurable: true, enumerable: true,
        get() { warnBoundResource(); return self; },
        set(value) { warnBoundResource(); self = value; },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name;
    return (new AsyncResource(type || 'bound-anonymous-fn')).bind(fn, thisArg);
  }
}

// --- AsyncLocalStorage ------------------------------------------------------------

// A frame is an array [storage0, store0, storage1, store1, ...] (few
// entries; a Map costs far more to create in SpiderMonkey), never changed
// once made. deriveFrame returns a copy of `frame` (an array or undefined)
// with `key` set to `value`, or removed when `remove` is true.
function deriveFrame(frame, key, value, remove) {
  if (frame === undefined) return remove ? undefined : [key, value];
  const length = frame.length;
  let index = -1;
  for (let i = 0; i < length; i += 2) {
    if (frame[i] === key) {
      index = i;
      break;
    }
  }
  if (remove) {
    if (index === -1) return frame;
    if (length === 2) return undefined;
    const next = frame.slice();
    next.splice(index, 2);
    return next;
  }
  const next = frame.slice();
  if (index === -1) {
    next[length] = key;
    next[length + 1] = value;
  } else {
    next[index + 1] = value;
  }
  return next;
}

function frameHas(frame, key) {
  for (let i = 0; i < frame.length; i += 2) {
    if (frame[i] === key) return true;
  }
  return false;
}

class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const frame = captureFrame();
    const resource = new AsyncResource('AsyncLocalStorageSnapshot');
    return function runInAsyncScope(fn, ...args) {
      return runInScope(frame, resource[async_id_symbol],
                        resource[trigger_async_id_symbol], resource, fn, this, args);
    };
  }

  disable() {
    this.enabled = false;
  }

  getStore() {
    if (!this.enabled) return undefined;
    const frame = captureFrame();
    if (frame === undefined) return undefined;
    for (let i = 0; i < frame.length; i += 2) {
      if (frame[i] === this) return frame[i + 1];
    }
    return undefined;
  }

  enterWith(store) {
    this.enabled = true;
    setFrame(deriveFrame(captureFrame(), this, store, false));
  }

  run(store, callback, ...args) {
    this.enabled = true;
    const prev = captureFrame();
    return runInFrame(deriveFrame(prev, this, store, false), prev, callback, args);
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    const prev = captureFrame();
    if (prev === undefined || !frameHas(prev, this)) return Reflect.apply(callback, null, args);
    return runInFrame(deriveFrame(prev, this, undefined, true), prev, callback, args);
  }
}

// Provider names and numbers as node 20 reports them (eddy's resources are
// not typed this way; the table is for code that reads it).
const asyncWrapProviders = Object.freeze({
  __proto__: null,
  NONE: 0, DIRHANDLE: 1, DNSCHANNEL: 2, ELDHISTOGRAM: 3, FILEHANDLE: 4,
  FILEHANDLECLOSEREQ: 5, BLOBREADER: 6, FSEVENTWRAP: 7, FSREQCALLBACK: 8,
  FSREQPROMISE: 9, GETADDRINFOREQWRAP: 10, GETNAMEINFOREQWRAP: 11,
  HEAPSNAPSHOT: 12, HTTP2SESSION: 13, HTTP2STREAM: 14, HTTP2PING: 15,
  HTTP2SETTINGS: 16, HTTPINCOMINGMESSAGE: 17, HTTPCLIENTREQUEST: 18,
  JSSTREAM: 19, JSUDPWRAP: 20, MESSAGEPORT: 21, PIPECONNECTWRAP: 22,
  PIPESERVERWRAP: 23, PIPEWRAP: 24, PROCESSWRAP: 25, PROMISE: 26,
  QUERYWRAP: 27, QUIC_LOGSTREAM: 28, QUIC_PACKET: 29, SHUTDOWNWRAP: 30,
  SIGNALWRAP: 31, STATWATCHER: 32, STREAMPIPE: 33, TCPCONNECTWRAP: 34,
  TCPSERVERWRAP: 35, TCPWRAP: 36, TTYWRAP: 37, UDPSENDWRAP: 38, UDPWRAP: 39,
  SIGINTWATCHDOG: 40, WORKER: 41, WORKERHEAPSNAPSHOT: 42, WRITEWRAP: 43,
  ZLIB: 44, CHECKPRIMEREQUEST: 45, PBKDF2REQUEST: 46, KEYPAIRGENREQUEST: 47,
  KEYGENREQUEST: 48, KEYEXPORTREQUEST: 49, CIPHERREQUEST: 50,
  DERIVEBITSREQUEST: 51, HASHREQUEST: 52, RANDOMBYTESREQUEST: 53,
  RANDOMPRIMEREQUEST: 54, SCRYPTREQUEST: 55, SIGNREQUEST: 56, TLSWRAP: 57,
  VERIFYREQUEST: 58,
});

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};

// eddy: node:events. EventEmitter plus the promise/async-iterator helpers
// (once, on), listener introspection and the max-listener machinery, with
// Node 20's observable behaviour: the `_events` / `_eventsCount` /
// `_maxListeners` instance shape that packages poke at, the error semantics of
// emit('error'), captureRejections, and the MaxListenersExceededWarning.
'use strict';

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_UNHANDLED_ERROR,
  },
} = require('internal/errors');

const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');

const ReflectApply = Reflect.apply;
const ReflectOwnKeys = Reflect.ownKeys;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetPrototypeOf = Object.getPrototypeOf;
// Object.create(null) is much cheaper than a `{ __proto__: null }` literal in
// SpiderMonkey (the literal changes the prototype after creation).
const ObjectCreate = Object.create;

// Symbols. The descriptions match Node's so that inspected emitters look the
// same (`[Symbol(kCapture)]: false`, `[Symbol(shapeMode)]: false`).
const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned =
  Symbol('events.maxEventTargetListenersWarned');
const kRejection = Symbol.for('nodejs.rejection');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

const kEmptyObject = Object.freeze({ __proto__: null });

// Lazily loaded collaborators (load order is lazy and cycles are possible).
let inspectFn;
function inspect(value, opts) {
  if (inspectFn === undefined) {
    inspectFn = require('internal/util/inspect').inspect;
  }
  return inspectFn(value, opts);
}

// internal/event_target requires this module, so it is loaded on first use.
let eventTargetMod;
function lazyEventTarget() {
  if (eventTargetMod === undefined) {
    eventTargetMod = require('internal/event_target');
  }
  return eventTargetMod;
}

function isEventTarget(obj) {
  return lazyEventTarget().isEventTarget(obj);
}

// Options for EventTarget listeners added on our behalf (abort signals,
// events.once): one-shot and immune to stopImmediatePropagation().
function internalListenerOptions() {
  return {
    __proto__: null,
    once: true,
    [lazyEventTarget().kResistStopPropagation]: true,
  };
}

// ---------------------------------------------------------------------------
// EventEmitter

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

module.exports = EventEmitter;

let defaultMaxListeners = 10;

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
ObjectDefineProperty(EventEmitter.prototype, kCapture, {
  __proto__: null,
  value: false,
  writable: true,
  enumerable: false,
  configurable: false,
});

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function maxListenersOf(emitter) {
  const n = emitter._maxListeners;
  return n === undefined ? defaultMaxListeners : n;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

// --- captureRejections ------------------------------------------------------

// A listener returned something thenable-ish while capture is on: route its
// rejection to the Symbol.for('nodejs.rejection') method or to 'error'.
function watchResult(emitter, result, type, args) {
  try {
    const then = result.then;
    if (typeof then === 'function') {
      ReflectApply(then, result, [undefined, function(err) {
        // Deferred so that a throw from the handler is not turned into yet
        // another rejection of this promise chain.
        process.nextTick(deliverRejection, emitter, err, type, args);
      }]);
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function deliverRejection(emitter, err, type, args) {
  const handler = emitter[kRejection];
  if (typeof handler === 'function') {
    ReflectApply(handler, emitter, [err, type, ...args]);
    return;
  }
  // Re-emitting with capture on could loop forever if an 'error' listener
  // itself returns a rejecting promise.
  const saved = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = saved;
  }
}

// --- emit -------------------------------------------------------------------

const kEmittedAt = Symbol.for('eddy.events.emittedAt');

// emit('error', ...) when there is nobody listening for 'error', or when an
// errorMonitor must see it first. Returns normally when the event should then
// be dispatched to the 'error' listeners.
function emitErrorSlowPath(emitter, events, args) {
  if (events !== undefined) {
    if (events[kErrorMonitor] !== undefined) {
      ReflectApply(emitter.emit, emitter, [kErrorMonitor, ...args]);
    }
    if (events.error !== undefined) return;
  }

  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) {
    // Where the event was emitted, for the fatal-error printout ("Emitted
    // 'error' event at: ..."), as node shows it.
    try {
      const site = {};
      Error.captureStackTrace(site, emitter.emit);
      Object.defineProperty(er, kEmittedAt, {
        value: { emitter, site }, configurable: true, writable: true,
      });
    } catch {
      // A frozen error cannot carry it.
    }
    throw er; // Unhandled 'error' event
  }

  let stringified;
  try {
    stringified = inspect(er);
  } catch {
    stringified = er;
  }
  const err = new ERR_UNHANDLED_ERROR();
  // Node's message embeds the already-inspected value verbatim.
  err.message = `Unhandled error. (${stringified})`;
  err.context = er;
  throw err; // Unhandled 'error' event
}

function cloneList(list) {
  const n = list.length;
  switch (n) {
    case 2: return [list[0], list[1]];
    case 3: return [list[0], list[1], list[2]];
    case 4: return [list[0], list[1], list[2], list[3]];
  }
  const copy = new Array(n);
  for (let i = 0; i < n; i++) copy[i] = list[i];
  return copy;
}

// The hot path. `arguments` is only ever indexed (never passed on) so the
// engine need not materialise it; up to three event arguments go through
// Function.prototype.call without building an array at all.
EventEmitter.prototype.emit = function emit(type) {
  const events = this._events;
  const argc = arguments.length;

  if (type === 'error' &&
      (events === undefined || events.error === undefined ||
       events[kErrorMonitor] !== undefined)) {
    const args = [];
    for (let i = 1; i < argc; i++) args.push(arguments[i]);
    emitErrorSlowPath(this, events, args);
  } else if (events === undefined) {
    return false;
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    let result;
    switch (argc) {
      case 0:
      case 1: result = handler.call(this); break;
      case 2: result = handler.call(this, arguments[1]); break;
      case 3: result = handler.call(this, arguments[1], arguments[2]); break;
      case 4:
        result = handler.call(this, arguments[1], arguments[2], arguments[3]);
        break;
      default: {
        const args = new Array(argc - 1);
        for (let i = 1; i < argc; i++) args[i - 1] = arguments[i];
        result = ReflectApply(handler, this, args);
      }
    }
    if (result !== undefined && result !== null && this[kCapture]) {
      const args = [];
      for (let i = 1; i < argc; i++) args.push(arguments[i]);
      watchResult(this, result, type, args);
    }
    return true;
  }

  // Several listeners: iterate over a snapshot so that listeners added or
  // removed while emitting do not affect this round.
  const listeners = cloneList(handler);
  const len = listeners.length;
  let args;
  if (argc > 4) {
    args = new Array(argc - 1);
    for (let i = 1; i < argc; i++) args[i - 1] = arguments[i];
  }
  const a1 = argc > 1 ? arguments[1] : undefined;
  const a2 = argc > 2 ? arguments[2] : undefined;
  const a3 = argc > 3 ? arguments[3] : undefined;
  for (let i = 0; i < len; i++) {
    const fn = listeners[i];
    let result;
    switch (argc) {
      case 0:
      case 1: result = fn.call(this); break;
      case 2: result = fn.call(this, a1); break;
      case 3: result = fn.call(this, a1, a2); break;
      case 4: result = fn.call(this, a1, a2, a3); break;
      default: result = ReflectApply(fn, this, args);
    }
    if (result !== undefined && result !== null && this[kCapture]) {
      if (args === undefined) {
        args = [];
        for (let j = 1; j < argc; j++) args.push(arguments[j]);
      }
      watchResult(this, result, type, args);
    }
  }
  return true;
};

// --- adding listeners ---------------------------------------------------------

function leakWarning(target, type, list, max) {
  list.warned = true;
  let where;
  try {
    where = inspect(target, { depth: -1 });
  } catch {
    where = '[EventEmitter]';
  }
  const w = new Error(
    `Possible EventEmitter memory leak detected. ${list.length} ` +
    `${String(type)} listeners added to ${where}. MaxListeners is ${max}. ` +
    'Use emitter.setMaxListeners() to increase limit');
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = list.length;
  process.emitWarning(w);
}

function addListenerImpl(target, type, listener, prepend) {
  checkListener(listener);

  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = ObjectCreate(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      // Announce before adding, so a 'newListener' listener being added does
      // not hear about itself.
      const original = listener.listener;
      target.emit('newListener', type,
                  original !== undefined && original !== null ? original : listener);
      // The listener may have replaced the whole table.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }

  if (typeof existing === 'function') {
    existing = events[type] =
      prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }

  const max = maxListenersOf(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    leakWarning(target, type, existing, max);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerImpl(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener =
  function prependListener(type, listener) {
    return addListenerImpl(this, type, listener, true);
  };

// once(): the registered function is a bound wrapper carrying the user's
// listener as `.listener` (rawListeners() exposes it, removeListener() and
// listeners() see through it).
function onceWrapper() {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapper);
  this.fired = true;
  if (arguments.length === 0) return this.listener.call(this.target);
  return ReflectApply(this.listener, this.target, arguments);
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapper: undefined, target, type, listener };
  const wrapper = onceWrapper.bind(state);
  wrapper.listener = listener;
  state.wrapper = wrapper;
  return wrapper;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener =
  function prependOnceListener(type, listener) {
    checkListener(listener);
    this.prependListener(type, wrapOnce(this, type, listener));
    return this;
  };

// --- removing listeners -------------------------------------------------------

function removeAt(list, index) {
  const last = list.length - 1;
  for (let i = index; i < last; i++) list[i] = list[i + 1];
  list.pop();
}

EventEmitter.prototype.removeListener =
  function removeListener(type, listener) {
    checkListener(listener);

    const events = this._events;
    if (events === undefined) return this;
    const list = events[type];
    if (list === undefined) return this;

    if (list === listener || list.listener === listener) {
      this._eventsCount -= 1;
      if (this[kShapeMode]) {
        events[type] = undefined;
      } else if (this._eventsCount === 0) {
        this._events = ObjectCreate(null);
      } else {
        delete events[type];
        if (events.removeListener) {
          this.emit('removeListener', type, list.listener || listener);
        }
      }
      return this;
    }

    if (typeof list === 'function') return this;

    // Remove the most recently added match.
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;

    if (position === 0) list.shift();
    else removeAt(list, position);

    if (list.length === 1) events[type] = list[0];

    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, listener);
    }
    return this;
  };

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners =
  function removeAllListeners(type) {
    const events = this._events;
    if (events === undefined) return this;

    if (events.removeListener === undefined) {
      // Nobody to tell: drop things wholesale.
      if (arguments.length === 0) {
        this._events = ObjectCreate(null);
        this._eventsCount = 0;
      } else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) this._events = ObjectCreate(null);
        else delete events[type];
      }
      this[kShapeMode] = false;
      return this;
    }

    if (arguments.length === 0) {
      // 'removeListener' listeners go last so they hear about everything.
      const keys = ReflectOwnKeys(events);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key === 'removeListener') continue;
        this.removeAllListeners(key);
      }
      this.removeAllListeners('removeListener');
      this._events = ObjectCreate(null);
      this._eventsCount = 0;
      this[kShapeMode] = false;
      return this;
    }

    const listeners = events[type];
    if (typeof listeners === 'function') {
      this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
      // Last added, first removed.
      for (let i = listeners.length - 1; i >= 0; i--) {
        this.removeListener(type, listeners[i]);
      }
    }
    return this;
  };

// --- introspection ------------------------------------------------------------

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const entry = events[type];
  if (entry === undefined) return [];

  if (typeof entry === 'function') {
    return [unwrap ? (entry.listener || entry) : entry];
  }
  const copy = cloneList(entry);
  if (unwrap) {
    for (let i = 0; i < copy.length; i++) {
      const original = copy[i].listener;
      if (typeof original === 'function') copy[i] = original;
    }
  }
  return copy;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const entry = events[type];
  if (entry === undefined) return 0;

  if (typeof entry === 'function') {
    if (listener != null) {
      return (entry === listener || entry.listener === listener) ? 1 : 0;
    }
    return 1;
  }
  if (listener != null) {
    let n = 0;
    for (let i = 0; i < entry.length; i++) {
      if (entry[i] === listener || entry[i].listener === listener) n++;
    }
    return n;
  }
  return entry.length;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
};

// ---------------------------------------------------------------------------
// Static surface, in Node's property order.

// Declared up front so the export list below reads like Node's.
module.exports.addAbortListener = addAbortListener;
module.exports.once = once;
module.exports.on = on;
module.exports.getEventListeners = getEventListeners;
module.exports.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;

ObjectDefineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
  configurable: false,
});

let EventEmitterAsyncResource;
ObjectDefineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  get: lazyEventEmitterAsyncResource,
  set: undefined,
  enumerable: true,
  configurable: true,
});

EventEmitter.errorMonitor = kErrorMonitor;

ObjectDefineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  get: function() {
    return defaultMaxListeners;
  },
  set: function(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
  enumerable: true,
  configurable: false,
});

Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    __proto__: null,
    value: kMaxEventTargetListeners,
    enumerable: false,
    configurable: false,
    writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null,
    value: kMaxEventTargetListenersWarned,
    enumerable: false,
    configurable: false,
    writable: false,
  },
});

// Anonymous on purpose (Node's has name '' and length 0).
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...targets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (targets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets',
                                     ['EventEmitter', 'EventTarget'], target);
    }
  }
};

// Anonymous, like Node's. Also what legacy `EventEmitter.call(this)`
// subclasses end up running.
EventEmitter.init = function(opts) {
  const events = this._events;
  if (events === undefined || events === ObjectGetPrototypeOf(this)._events) {
    this._events = ObjectCreate(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    // The subclass pre-declared its `_events` (streams do this to keep a
    // stable object shape): removing listeners then writes `undefined`
    // instead of deleting keys.
    this[kShapeMode] = true;
  }

  this._maxListeners = this._maxListeners || undefined;

  if (opts != null && opts.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = true;
  } else {
    // An own property keeps the capture check in emit() off the prototype.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// Deprecated static form: EventEmitter.listenerCount(emitter, type).
EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') {
    return emitter.listenerCount(type);
  }
  return ReflectApply(listenerCount, emitter, [type]);
};

// ---------------------------------------------------------------------------
// Module-level helpers

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    return lazyEventTarget().getEventTargetListeners(emitterOrTarget, type);
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'],
                                 emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget != null &&
      typeof emitterOrTarget.getMaxListeners === 'function') {
    return maxListenersOf(emitterOrTarget);
  }
  if (emitterOrTarget != null && emitterOrTarget[kMaxEventTargetListeners]) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'],
                                 emitterOrTarget);
}

// `internalOnce`: a one-shot listener added on our own behalf (events.once,
// abort handling); EventTargets get it immune to stopImmediatePropagation().
function addListenerAnyKind(emitter, name, listener, internalOnce) {
  if (typeof emitter.on === 'function') {
    if (internalOnce) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener,
                             internalOnce ? internalListenerOptions() : undefined);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeListenerAnyKind(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal != null ? signal.reason : undefined });
}

// events.once(emitter, name[, { signal }]) -> Promise<args[]>
async function once(emitter, name, options = kEmptyObject) {
  const signal = options != null ? options.signal : undefined;
  validateAbortSignal(signal, 'options.signal');
  if (signal != null && signal.aborted) throw abortErrorFor(signal);

  return new Promise((resolve, reject) => {
    const onError = (err) => {
      emitter.removeListener(name, onEvent);
      if (signal != null) removeListenerAnyKind(signal, 'abort', onAbort);
      reject(err);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', onError);
      }
      if (signal != null) removeListenerAnyKind(signal, 'abort', onAbort);
      resolve(args);
    };
    const onAbort = () => {
      removeListenerAnyKind(emitter, name, onEvent);
      removeListenerAnyKind(emitter, 'error', onError);
      reject(abortErrorFor(signal));
    };

    addListenerAnyKind(emitter, name, onEvent, true);
    // Only EventEmitters have 'error' semantics.
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', onError);
    }
    if (signal != null) {
      addListenerAnyKind(signal, 'abort', onAbort, true);
    }
  });
}

// A small FIFO that does not shift() arrays.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }
  isEmpty() { return this.head === this.items.length; }
  push(v) { this.items.push(v); }
  shift() {
    const items = this.items;
    const v = items[this.head];
    items[this.head++] = undefined;
    if (this.head === items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > items.length) {
      this.items = items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
}

const AsyncIteratorPrototype = ObjectGetPrototypeOf(
  ObjectGetPrototypeOf(async function* () {}).prototype);

function iterResult(value, done) {
  return { value, done };
}

let kFirstEventParam;

// events.on(emitter, event[, options]) -> AsyncIterator<args[]>
function on(emitter, event, options = kEmptyObject) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal != null && signal.aborted) throw abortErrorFor(signal);

  const high = options.highWaterMark ?? options.highWatermark ??
    Number.MAX_SAFE_INTEGER;
  validateInteger(high, 'options.highWaterMark', 1);
  const low = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(low, 'options.lowWaterMark', 1);

  const buffered = new Queue();
  const waiting = new Queue();
  let size = 0;
  let paused = false;
  let pendingError = null;
  let finished = false;
  const registered = [];
  let abortDisposable = null;

  function listen(name, handler) {
    addListenerAnyKind(emitter, name, handler, false);
    registered.push(name, handler);
  }

  function push(value) {
    if (!waiting.isEmpty()) {
      waiting.shift().resolve(iterResult(value, false));
      return;
    }
    size++;
    if (!paused && size > high) {
      paused = true;
      emitter.pause();
    }
    buffered.push(value);
  }

  function fail(err) {
    if (waiting.isEmpty()) pendingError = err;
    else waiting.shift().reject(err);
    finish();
  }

  function finish() {
    if (abortDisposable !== null) abortDisposable[SymbolDispose]();
    while (registered.length > 0) {
      const handler = registered.pop();
      const name = registered.pop();
      removeListenerAnyKind(emitter, name, handler);
    }
    finished = true;
    const done = iterResult(undefined, true);
    while (!waiting.isEmpty()) waiting.shift().resolve(done);
    return Promise.resolve(done);
  }

  const iterator = {
    __proto__: AsyncIteratorPrototype,
    next() {
      if (size > 0) {
        const value = buffered.shift();
        size--;
        if (paused && size < low) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(iterResult(value, false));
      }
      if (pendingError) {
        const p = Promise.reject(pendingError);
        pendingError = null;
        return p;
      }
      if (finished) return finish();
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
      });
    },
    return() {
      return finish();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator',
                                       'Error', err);
      }
      fail(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() { return size; },
      get low() { return low; },
      get high() { return high; },
      get isPaused() { return paused; },
    },
  };

  kFirstEventParam ??= lazyEventTarget().kFirstEventParam;
  if (options[kFirstEventParam]) {
    listen(event, push);
  } else {
    listen(event, function(...args) { push(args); });
  }
  if (event !== 'error' && typeof emitter.on === 'function') {
    listen('error', fail);
  }
  const closeEvents = options.close;
  if (closeEvents != null && closeEvents.length) {
    for (let i = 0; i < closeEvents.length; i++) listen(closeEvents[i], finish);
  }
  if (signal) {
    abortDisposable = addAbortListener(signal, () => fail(abortErrorFor(signal)));
  }
  return iterator;
}

// events.addAbortListener(signal, listener) -> Disposable
function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let remove;
  if (signal.aborted) {
    const run = () => listener();
    if (typeof queueMicrotask === 'function') queueMicrotask(run);
    else Promise.resolve().then(run);
  } else {
    signal.addEventListener('abort', listener, internalListenerOptions());
    remove = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      if (remove !== undefined) remove();
    },
  };
}

// ---------------------------------------------------------------------------
// EventEmitterAsyncResource (built on first access: needs async_hooks)

function lazyEventEmitterAsyncResource() {
  if (EventEmitterAsyncResource !== undefined) return EventEmitterAsyncResource;

  const { AsyncResource } = require('async_hooks');
  const kEmitter = Symbol('kEventEmitter');
  const kResource = Symbol('kAsyncResource');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(emitter, type, options) {
      super(type, options);
      this[kEmitter] = emitter;
    }

    get eventEmitter() {
      if (this[kEmitter] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      }
      return this[kEmitter];
    }
  }

  function resourceOf(self) {
    const resource = self[kResource];
    if (resource === undefined) {
      throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    }
    return resource;
  }

  EventEmitterAsyncResource = class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          validateString(options?.name, 'options.name');
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[kResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      const resource = resourceOf(this);
      return ReflectApply(resource.runInAsyncScope, resource,
                          [super.emit, this, event, ...args]);
    }

    emitDestroy() {
      resourceOf(this).emitDestroy();
    }

    get asyncId() {
      return resourceOf(this).asyncId();
    }

    get triggerAsyncId() {
      return resourceOf(this).triggerAsyncId();
    }

    get asyncResource() {
      return resourceOf(this);
    }
  };
  return EventEmitterAsyncResource;
}

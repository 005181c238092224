// eddy: the WHATWG-ish Event / CustomEvent / EventTarget of Node, plus
// NodeEventTarget (EventTarget with an EventEmitter-like surface) and the
// `on<event>` handler attributes. Behaviour follows Node 20, including its
// quirks (duplicate listeners are ignored per [listener, capture] pair,
// listener errors surface as uncaught exceptions on the next tick).
'use strict';

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  validateAbortSignal,
  validateObject,
  validateString,
} = require('internal/validators');

const EventEmitter = require('events');
const {
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
} = EventEmitter;

const ReflectApply = Reflect.apply;
const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;

const kEmptyObject = Object.freeze({ __proto__: null });
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Shared across realms, so it is a registered symbol.
const kIsEventTarget = Symbol.for('nodejs.event_target');
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');

const kEvents = Symbol('kEvents');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kHandlers = Symbol('kHandlers');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kRemoveWeakListenerHelper = Symbol('kRemoveWeakListenerHelper');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kTrustEvent = Symbol('kTrustEvent');
// events.on() option: deliver the first event argument instead of an array.
const kFirstEventParam = Symbol('kFirstEventParam');

const kType = Symbol('type');
const kDetail = Symbol('detail');

let inspectFn;
function inspect(value, opts) {
  if (inspectFn === undefined) {
    inspectFn = require('internal/util/inspect').inspect;
  }
  return inspectFn(value, opts);
}

// Milliseconds on the performance timeline.
let hrtimeOrigin;
function now() {
  const perf = globalThis.performance;
  if (perf !== undefined && perf !== null && typeof perf.now === 'function') {
    return perf.now();
  }
  const t = process.hrtime();
  if (hrtimeOrigin === undefined) hrtimeOrigin = t;
  return (t[0] - hrtimeOrigin[0]) * 1e3 + (t[1] - hrtimeOrigin[1]) / 1e6;
}

function toDOMString(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return `${value}`;
}

function nestedInspectOptions(options) {
  const depth = options.depth;
  return Object.assign({}, options, {
    depth: Number.isInteger(depth) ? depth - 1 : depth,
  });
}

const kEnumerableProperty = { __proto__: null, enumerable: true };

// ---------------------------------------------------------------------------
// Event

const trustedEvents = new WeakSet();

function isEvent(value) {
  return value != null && typeof value[kType] === 'string';
}

function checkEvent(self) {
  if (!isEvent(self)) throw new ERR_INVALID_THIS('Event');
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null) validateObject(options, 'options');
    this.#bubbles = !!(options && options.bubbles);
    this.#cancelable = !!(options && options.cancelable);
    this.#composed = !!(options && options.composed);

    this[kType] = `${type}`;
    if (options != null && options[kTrustEvent]) trustedEvents.add(this);

    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options) {
    checkEvent(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, nestedInspectOptions(options))}`;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    // Sets both the "stop propagation" and "stop immediate propagation" flags.
    this.stopPropagation();
    this[kStop] = true;
  }

  preventDefault() {
    checkEvent(this);
    this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this[kTarget];
  }

  get currentTarget() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    checkEvent(this);
    return this[kTarget];
  }

  get type() {
    checkEvent(this);
    return this[kType];
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timestamp;
  }

  // Present for API completeness; there is no tree to propagate through.
  composedPath() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !this.#cancelable || !this.#defaultPrevented;
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }
}

// isTrusted is an accessor on the prototype (Node does not make it an own,
// unforgeable property), true only for events created with kTrustEvent.
const isTrustedGetter = Object.getOwnPropertyDescriptor({
  get isTrusted() {
    return trustedEvents.has(this);
  },
}, 'isTrusted').get;

ObjectDefineProperties(Event.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'Event',
  },
  initEvent: kEnumerableProperty,
  stopImmediatePropagation: kEnumerableProperty,
  preventDefault: kEnumerableProperty,
  target: kEnumerableProperty,
  currentTarget: kEnumerableProperty,
  srcElement: kEnumerableProperty,
  type: kEnumerableProperty,
  cancelable: kEnumerableProperty,
  defaultPrevented: kEnumerableProperty,
  timeStamp: kEnumerableProperty,
  composedPath: kEnumerableProperty,
  returnValue: kEnumerableProperty,
  bubbles: kEnumerableProperty,
  composed: kEnumerableProperty,
  eventPhase: kEnumerableProperty,
  cancelBubble: kEnumerableProperty,
  stopPropagation: kEnumerableProperty,
  isTrusted: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get: isTrustedGetter,
  },
});

{
  const phases = ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'];
  for (let i = 0; i < phases.length; i++) {
    ObjectDefineProperty(Event, phases[i], {
      __proto__: null,
      value: i,
      writable: false,
      enumerable: true,
      configurable: false,
    });
  }
}

function isCustomEvent(value) {
  return isEvent(value) && value[kDetail] !== undefined;
}

class CustomEvent extends Event {
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    const detail = options != null ? options.detail : undefined;
    this[kDetail] = detail ?? null;
  }

  get detail() {
    if (!isCustomEvent(this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}

ObjectDefineProperties(CustomEvent.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'CustomEvent',
  },
  detail: kEnumerableProperty,
});

// ---------------------------------------------------------------------------
// Listener records

const kFlagOnce = 1;
const kFlagCapture = 2;
const kFlagPassive = 4;
const kFlagNodeStyle = 8;
const kFlagWeak = 16;
const kFlagRemoved = 32;
const kFlagResistStopPropagation = 64;

// Weak listeners (internal: an AbortSignal's listener on behalf of a target
// must not keep that target's listener alive). Without WeakRef support they
// degrade to strong ones.
const hasWeakRefs = typeof WeakRef === 'function' &&
  typeof FinalizationRegistry === 'function';
let weakRegistry = null;
let weakRetainers = null;
function weakState() {
  if (weakRegistry === null) {
    weakRegistry = new FinalizationRegistry((held) => {
      const target = held.eventTarget.deref();
      if (target !== undefined) {
        target[kRemoveWeakListenerHelper](held.eventType, held.record);
      }
    });
    weakRetainers = new WeakMap();
  }
  return weakRegistry;
}

// Per type: a root { size, next, resistStopPropagation } heading a doubly
// linked list of records. Dispatch walks `next` pointers, so removal during
// dispatch is safe (removed records are flagged and skipped).
class ListenerRecord {
  constructor(eventTarget, eventType, previous, listener, flags, retainer) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.flags = flags;

    if ((flags & kFlagWeak) !== 0) {
      const ref = new WeakRef(listener);
      this.callback = ref;
      this.listener = ref;
      weakState().register(listener, {
        __proto__: null,
        eventTarget: new WeakRef(eventTarget),
        record: this,
        eventType,
      }, this);
      weakRetainers.set(retainer, listener);
    } else if (typeof listener === 'function') {
      this.callback = listener;
      this.listener = listener;
    } else {
      // handleEvent is looked up at dispatch time; failures surface like a
      // rejected promise returned by a listener.
      this.callback = async function(...args) {
        if (listener.handleEvent) {
          await ReflectApply(listener.handleEvent, listener, args);
        }
      };
      this.listener = listener;
    }
  }

  get once() { return (this.flags & kFlagOnce) !== 0; }
  get capture() { return (this.flags & kFlagCapture) !== 0; }
  get passive() { return (this.flags & kFlagPassive) !== 0; }
  get isNodeStyleListener() { return (this.flags & kFlagNodeStyle) !== 0; }
  get weak() { return (this.flags & kFlagWeak) !== 0; }
  get resistStopPropagation() {
    return (this.flags & kFlagResistStopPropagation) !== 0;
  }
  get removed() { return (this.flags & kFlagRemoved) !== 0; }

  userListener() {
    return this.weak ? this.listener.deref() : this.listener;
  }

  same(listener, capture) {
    return this.userListener() === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.flags |= kFlagRemoved;
    if (this.weak) weakState().unregister(this);
  }
}

// ---------------------------------------------------------------------------
// EventTarget

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

function isEventTarget(obj) {
  return obj != null && obj.constructor != null &&
    obj.constructor[kIsEventTarget];
}

function isNodeEventTarget(obj) {
  return obj != null && obj.constructor != null &&
    obj.constructor[kIsNodeEventTarget];
}

// Returns false for null/undefined (which the DOM silently ignores), throws
// for other non-listeners.
function validateEventListener(listener) {
  if (typeof listener === 'function') return true;
  if (listener == null) return false;
  if (typeof listener.handleEvent === 'function') return true;
  if (typeof listener === 'object') return true; // handleEvent looked up later
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function normalizeListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kEmptyObject;
  validateObject(options, 'options',
                 kValidateObjectAllowArray | kValidateObjectAllowFunction);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

function watchListenerResult(result) {
  const then = result.then;
  if (typeof then === 'function') {
    ReflectApply(then, result, [undefined, emitUncaughtException]);
  }
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
                          `${size} ${type} listeners added to ` +
                          `${inspect(this, { depth: -1 })}. MaxListeners is ${max}. ` +
                          'Use events.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');

    let flags = 0;
    let weak;
    let resist = false;
    if (options !== kEmptyObject) {
      // Options are read before the listener is validated (the spec wants
      // the getters hit first).
      options = normalizeListenerOptions(options);
      if (options.once) flags |= kFlagOnce;
      if (options.capture) flags |= kFlagCapture;
      if (options.passive) flags |= kFlagPassive;
      if (options.isNodeStyleListener) flags |= kFlagNodeStyle;
      weak = options.weak;
      if (weak && hasWeakRefs) flags |= kFlagWeak;
      resist = Boolean(options.resistStopPropagation);
      if (resist) flags |= kFlagResistStopPropagation;

      const signal = options.signal;
      validateAbortSignal(signal, 'options.signal');
      if (signal) {
        if (signal.aborted) return;
        signal.addEventListener('abort', () => {
          this.removeEventListener(type, listener, options);
        }, {
          __proto__: null,
          once: true,
          [kWeakHandler]: this,
          [kResistStopPropagation]: true,
        });
      }
    }

    if (!validateEventListener(listener)) {
      const w = new Error(`addEventListener called with ${listener}` +
                          ' which has no effect.');
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }

    type = toDOMString(type);
    const capture = (flags & kFlagCapture) !== 0;

    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: resist };
      new ListenerRecord(this, type, root, listener, flags, weak);
      this[kNewListener](root.size, type, listener, (flags & kFlagOnce) !== 0,
                         capture, (flags & kFlagPassive) !== 0, weak);
      this[kEvents].set(type, root);
      return;
    }

    let previous = root;
    let record = root.next;
    while (record !== undefined && !record.same(listener, capture)) {
      previous = record;
      record = record.next;
    }
    // The same [listener, capture] pair is only registered once.
    if (record !== undefined) return;

    new ListenerRecord(this, type, previous, listener, flags, weak);
    root.size++;
    root.resistStopPropagation ||= resist;
    this[kNewListener](root.size, type, listener, (flags & kFlagOnce) !== 0,
                       capture, (flags & kFlagPassive) !== 0, weak);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;

    type = toDOMString(type);
    const capture = options != null && options.capture === true;

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;

    for (let record = root.next; record !== undefined; record = record.next) {
      if (record.same(listener, capture)) {
        record.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
    }
  }

  [kRemoveWeakListenerHelper](type, target) {
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    const capture = target.capture === true;
    for (let record = root.next; record !== undefined; record = record.next) {
      if (record === target) {
        record.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        // The listener itself is gone (collected).
        this[kRemoveListener](root.size, type, undefined, capture);
        break;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) {
      throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    }
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);

    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Dispatch either a real Event (DOM style) or, for NodeEventTarget.emit(),
  // a plain value: node-style listeners get the value, others get a
  // CustomEvent created on demand.
  [kHybridDispatch](nodeValue, type, event) {
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) {
      if (event !== undefined) event[kIsBeingDispatched] = false;
      return true;
    }

    let record = root.next;
    while (record !== undefined) {
      const stopped = event !== undefined && event[kStop] === true;
      if (stopped && !root.resistStopPropagation && !record.passive) break;

      const next = record.next;
      if (record.removed || (stopped && !record.resistStopPropagation)) {
        record = next;
        continue;
      }
      if (record.once) {
        record.remove();
        root.size--;
        this[kRemoveListener](root.size, type, record.listener, record.capture);
      }

      try {
        let arg;
        if (record.isNodeStyleListener) {
          arg = nodeValue;
        } else {
          if (event === undefined) {
            event = this[kCreateEvent](nodeValue, type);
            event[kTarget] = this;
            event[kIsBeingDispatched] = true;
          }
          arg = event;
        }
        const callback = record.weak ? record.callback.deref() : record.callback;
        let result;
        if (callback) {
          result = ReflectApply(callback, this, [arg]);
          if (!record.isNodeStyleListener) arg[kIsBeingDispatched] = false;
        }
        if (result !== undefined && result !== null) watchListenerResult(result);
      } catch (err) {
        emitUncaughtException(err);
      }

      record = next;
    }

    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspectSymbol](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, nestedInspectOptions(options))}`;
  }
}

ObjectDefineProperties(EventTarget.prototype, {
  addEventListener: kEnumerableProperty,
  removeEventListener: kEnumerableProperty,
  dispatchEvent: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'EventTarget',
  },
});

// ---------------------------------------------------------------------------
// NodeEventTarget

function initNodeEventTarget(self) {
  initEventTarget(self);
}

function checkNodeEventTarget(self) {
  if (!isNodeEventTarget(self)) throw new ERR_INVALID_THIS('NodeEventTarget');
}

class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;
  static defaultMaxListeners = 10;

  constructor() {
    super();
    initNodeEventTarget(this);
  }

  setMaxListeners(n) {
    checkNodeEventTarget(this);
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    checkNodeEventTarget(this);
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    checkNodeEventTarget(this);
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    checkNodeEventTarget(this);
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    checkNodeEventTarget(this);
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener,
                          { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    checkNodeEventTarget(this);
    if (type !== undefined) this[kEvents].delete(String(type));
    else this[kEvents].clear();
    return this;
  }
}

ObjectDefineProperties(NodeEventTarget.prototype, {
  setMaxListeners: kEnumerableProperty,
  getMaxListeners: kEnumerableProperty,
  eventNames: kEnumerableProperty,
  listenerCount: kEnumerableProperty,
  off: kEnumerableProperty,
  removeListener: kEnumerableProperty,
  on: kEnumerableProperty,
  addListener: kEnumerableProperty,
  once: kEnumerableProperty,
  emit: kEnumerableProperty,
  removeAllListeners: kEnumerableProperty,
});

// ---------------------------------------------------------------------------
// on<event> attributes

function validateInternalField(object, key, className) {
  if (typeof object !== 'object' || object === null ||
      !Object.prototype.hasOwnProperty.call(object, key)) {
    throw new ERR_INVALID_ARG_TYPE('this', className, object);
  }
}

// The registered listener is a stable wrapper, so the handler keeps the
// position of its first assignment when it is replaced.
function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return undefined;
    return ReflectApply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;

  function get() {
    validateInternalField(this, kHandlers, 'EventTarget');
    const wrapper = this[kHandlers].get(event);
    return (wrapper !== undefined ? wrapper.handler : undefined) ?? null;
  }
  ObjectDefineProperty(get, 'name', { __proto__: null, value: `get ${propName}` });

  function set(value) {
    validateInternalField(this, kHandlers, 'EventTarget');
    let wrapper = this[kHandlers].get(event);
    if (wrapper) {
      if (typeof wrapper.handler === 'function') {
        const root = this[kEvents].get(event);
        root.size--;
        this[kRemoveListener](root.size, event, wrapper.handler, false);
      }
      wrapper.handler = value;
      if (typeof wrapper.handler === 'function') {
        const root = this[kEvents].get(event);
        root.size++;
        this[kNewListener](root.size, event, value, false, false, false, false);
      }
    } else {
      wrapper = makeEventHandler(value);
      this.addEventListener(event, wrapper);
    }
    this[kHandlers].set(event, wrapper);
  }
  ObjectDefineProperty(set, 'name', { __proto__: null, value: `set ${propName}` });

  ObjectDefineProperty(emitter, propName, {
    __proto__: null,
    get,
    set,
    configurable: true,
    enumerable: true,
  });
}

// Mixes the EventEmitter prototype into a subclass of Superclass.
function EventEmitterMixin(Superclass) {
  class MixedEventEmitter extends Superclass {
    constructor(...args) {
      super(...args);
      ReflectApply(EventEmitter, this, []);
    }
  }
  const descriptors = Object.getOwnPropertyDescriptors(EventEmitter.prototype);
  delete descriptors.constructor;
  const keys = Reflect.ownKeys(descriptors);
  for (let i = 0; i < keys.length; i++) {
    Object.setPrototypeOf(descriptors[keys[i]], null);
  }
  ObjectDefineProperties(MixedEventEmitter.prototype, descriptors);
  return MixedEventEmitter;
}

// For events.getEventListeners(): the live listeners for `type`, in order.
function getEventTargetListeners(target, type) {
  const root = target[kEvents].get(type);
  const out = [];
  let record = root !== undefined ? root.next : undefined;
  while (record !== undefined && record.listener !== undefined) {
    out.push(record.userListener());
    record = record.next;
  }
  return out;
}

module.exports = {
  Event,
  CustomEvent,
  EventEmitterMixin,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  getEventTargetListeners,
  initEventTarget,
  initNodeEventTarget,
  isEventTarget,
  kCreateEvent,
  kEvents,
  kFirstEventParam,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
};

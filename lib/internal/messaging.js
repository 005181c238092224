// eddy: in-process messaging: MessageChannel, MessagePort, MessageEvent and
// BroadcastChannel (node's lib/internal/worker/io.js and
// lib/internal/worker/broadcast_channel.js, the globals node 20 defines).
//
// eddy has no workers, so both ends of a channel live in this thread. A
// message is cloned when it is posted (structured clone; errors throw in
// postMessage, as V8's serializer does in node) and queued on the receiving
// end. Delivery goes through a uv_async_t per port (internalBinding
// 'message_port'), as in node: it runs in the poll phase of the loop, one
// message per callback scope (nextTicks and promise jobs drain in between),
// at most max(queued, 1000) messages per wake-up. The handle is what keeps
// the process alive: it is unref'd until a 'message' listener is added (or
// ref() is called), and closing a port closes it, so 'close' is emitted in
// the close phase.
//
// A transferred port keeps its queue and its peer; the sending side's object
// is neutered (closed, 'close' emitted) and the receiver gets a new
// MessagePort object for the same end.
'use strict';

const { MessageAsync, PortBase, isPort } = internalBinding('message_port');
const { structuredClone: cloneBinding } = internalBinding('messaging');
const {
  Event,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initNodeEventTarget,
  kCreateEvent,
  kNewListener,
  kRemoveListener,
} = require('internal/event_target');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { isArrayBuffer } = require('internal/util/types');

const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kState = Symbol('kState');
const kOwner = Symbol('kOwner');
const kCurrentlyReceivingPorts = Symbol.for('nodejs.internal.kCurrentlyReceivingPorts');
const kMessageData = Symbol('kData');
const kMessageOrigin = Symbol('kOrigin');
const kMessageLastEventId = Symbol('kLastEventId');
const kMessageSource = Symbol('kSource');
const kMessagePorts = Symbol('kPorts');
const kEmptyPorts = Object.freeze([]);

let DOMException;
function domException(message, name) {
  if (DOMException === undefined) {
    DOMException = require('internal/per_context/domexception').DOMException;
  }
  return new DOMException(message, name);
}

// Errors node throws from C++: the plain error class with an own `code`.
function nativeError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// ---------------------------------------------------------------------------
// Structured clone with MessagePort transfer. The engine's clone hands any
// object it cannot copy to `hooks`: a port listed for transfer becomes a
// marker object, which is swapped for the receiving side's port afterwards.

const kErrorCtors = {
  __proto__: null,
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};
const kHasMessage = 1 << 8;
const kHasStack = 1 << 9;
const kHasCause = 1 << 10;
const kMarkerKey = '\u0000eddy:transferredPort';

function defineHidden(obj, key, value) {
  Object.defineProperty(obj, key, {
    __proto__: null, value, writable: true, configurable: true, enumerable: false,
  });
}

function findSymbol(value, seen) {
  return require('internal/structured_clone').findSymbol(value, seen);
}

// A view of a detached buffer cannot be made (a zero-length one can).
function isDetached(ab) {
  try {
    new Uint8Array(ab);  // eslint-disable-line no-new
    return false;
  } catch {
    return true;
  }
}

let cloneRoot;         // the value being cloned (to name a symbol)
let clonePorts = null;  // ports listed for transfer, or null
let cloneSawPort = false;

const hooks = {
  __proto__: null,
  onUncloneable(value) {
    let what;
    if (value === undefined) {
      what = String(findSymbol(cloneRoot, new Set()) ?? Symbol());
    } else {
      what = require('internal/structured_clone').cloneName(value);
    }
    if (isArrayBuffer(value) && isDetached(value)) {
      return domException('An ArrayBuffer is detached and could not be cloned.',
                          'DataCloneError');
    }
    return domException(`${what} could not be cloned.`, 'DataCloneError');
  },
  asPlain(value) {
    if (isPort(value)) {
      const index = clonePorts === null ? -1 : clonePorts.indexOf(value);
      if (index === -1) {
        throw nativeError(TypeError, 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
                          'Object that needs transfer was found in message but ' +
                          'not listed in transferList');
      }
      cloneSawPort = true;
      return { [kMarkerKey]: index };
    }
    const { URL } = require('internal/url');
    if (value instanceof URL) return { ...value };
    return undefined;
  },
  makeError(name, message, stack, cause, flags) {
    const err = new kErrorCtors[name]();
    if (flags & kHasMessage) defineHidden(err, 'message', message);
    if (flags & kHasStack) defineHidden(err, 'stack', stack);
    if (flags & kHasCause) defineHidden(err, 'cause', cause);
    return err;
  },
};

function isMarker(value) {
  return value !== null && typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Object.prototype.hasOwnProperty.call(value, kMarkerKey);
}

// Replaces the port markers inside a cloned graph with `ports[index]`.
function swapMarkers(value, ports, seen) {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (value instanceof Map) {
    const entries = [...value];
    let changed = false;
    for (const entry of entries) {
      for (let i = 0; i < 2; i++) {
        if (isMarker(entry[i])) {
          entry[i] = ports[entry[i][kMarkerKey]];
          changed = true;
        } else {
          swapMarkers(entry[i], ports, seen);
        }
      }
    }
    if (changed) {
      value.clear();
      for (const [k, v] of entries) value.set(k, v);
    }
    return;
  }
  if (value instanceof Set) {
    const items = [...value];
    let changed = false;
    for (let i = 0; i < items.length; i++) {
      if (isMarker(items[i])) {
        items[i] = ports[items[i][kMarkerKey]];
        changed = true;
      } else {
        swapMarkers(items[i], ports, seen);
      }
    }
    if (changed) {
      value.clear();
      for (const item of items) value.add(item);
    }
    return;
  }
  if (ArrayBuffer.isView(value)) return;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const child = value[keys[i]];
    if (isMarker(child)) value[keys[i]] = ports[child[kMarkerKey]];
    else swapMarkers(child, ports, seen);
  }
}

// Clones `value`, transferring `buffers` (ArrayBuffers, checked) and `ports`
// (MessagePorts, checked, or null). Returns { data, ports } where ports are
// the receiving side's new port objects.
function cloneMessage(value, buffers, ports) {
  cloneRoot = value;
  clonePorts = ports;
  cloneSawPort = false;
  let data;
  try {
    data = cloneBinding(value, buffers, hooks);
  } finally {
    cloneRoot = undefined;
    clonePorts = null;
  }
  if (ports === null) return { data, ports: kEmptyPorts };
  const received = ports.map(transferPort);
  if (cloneSawPort) {
    if (isMarker(data)) data = received[data[kMarkerKey]];
    else swapMarkers(data, received, new Set());
  }
  return { data, ports: received };
}

// Splits a transfer list into ArrayBuffers and MessagePorts, with node's
// errors. `source` is the posting port's state (or null).
const untransferable = require('internal/untransferable');

function splitTransferList(list, source) {
  let buffers;
  let ports = null;
  for (const item of list) {
    if (untransferable.has(item)) continue;
    if (isArrayBuffer(item)) {
      buffers ??= [];
      if (buffers.includes(item)) {
        throw domException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
      }
      buffers.push(item);
    } else if (isPort(item)) {
      const state = item[kState];
      if (source !== null && state === source) {
        throw domException('Transfer list contains source port', 'DataCloneError');
      }
      ports ??= [];
      if (ports.includes(item)) {
        throw domException('Transfer list contains duplicate MessagePort', 'DataCloneError');
      }
      if (state.closed || state.detached) {
        throw domException('MessagePort in transfer list is already detached',
                           'DataCloneError');
      }
      ports.push(item);
    } else {
      throw nativeError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT',
                        'Found invalid object in transferList');
    }
  }
  // Detached buffers are skipped, as V8 skips them.
  if (buffers !== undefined) buffers = buffers.filter((b) => !isDetached(b));
  return { buffers, ports };
}

// The transfer list of postMessage(value, transferList | { transfer }).
function readTransferArg(arg) {
  if (arg === undefined || arg === null) return undefined;
  if (typeof arg !== 'object' && typeof arg !== 'function') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      'Optional transferList argument must be an iterable');
  }
  if (typeof arg[Symbol.iterator] === 'function') return arg;
  const transfer = arg.transfer;
  if (transfer === undefined || transfer === null) return undefined;
  if ((typeof transfer !== 'object' && typeof transfer !== 'function') ||
      typeof transfer[Symbol.iterator] !== 'function') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      'Optional options.transfer argument must be an iterable');
  }
  return transfer;
}

// structuredClone(value, { transfer }) for a transfer list holding
// MessagePorts (internal/structured_clone sends those here).
function cloneWithPorts(value, transfer) {
  const { buffers, ports } = splitTransferList(transfer, null);
  return cloneMessage(value, buffers, ports).data;
}

// ---------------------------------------------------------------------------
// Port state. One PortState per MessagePort object; a transfer moves the
// queue and the peer link to a new state and object.

class PortState {
  constructor() {
    this.port = null;        // the MessagePort object
    this.peer = null;        // the entangled PortState, null once closed
    this.queue = [];         // { data, ports } not yet delivered
    this.head = 0;
    this.handle = null;      // MessageAsync, made on demand
    this.started = false;
    this.closed = false;     // close() ran (or the peer's close arrived)
    this.detached = false;   // transferred away
    this.peerClosed = false; // the peer closed: close when the queue is read
    this.sendPending = false;
    this.budget = 0;
    this.handleClosed = false; // the close callback ran
    this.closingRef = false;   // hasRef() between close() and its callback
  }
}

function ensureHandle(state) {
  if (state.handle === null) {
    const handle = new MessageAsync(deliverPort);
    handle[kOwner] = state;
    state.handle = handle;
  }
  return state.handle;
}

function wake(state) {
  if (state.sendPending || state.closed) return;
  state.sendPending = true;
  ensureHandle(state).send();
}

function hasWork(state) {
  return state.peerClosed || (state.started && state.head < state.queue.length);
}

// The handle's callback (this = the MessageAsync): delivers one message;
// true asks the binding to call again in a new callback scope.
function deliverPort(first) {
  const state = this[kOwner];
  if (state.closed) return false;
  const queue = state.queue;
  if (first) state.budget = Math.max(queue.length - state.head, 1000);
  if (state.started && state.head < queue.length) {
    const message = queue[state.head];
    queue[state.head++] = undefined;
    if (state.head === queue.length) {
      queue.length = 0;
      state.head = 0;
    }
    dispatchMessage(state.port, message);
    if (state.closed) return false;
    if (!hasWork(state)) {
      state.sendPending = false;
      return false;
    }
    if (--state.budget <= 0) {
      this.send();
      return false;
    }
    return true;
  }
  state.sendPending = false;
  if (state.peerClosed) closePort(state);
  return false;
}

function dispatchMessage(port, message) {
  port[kCurrentlyReceivingPorts] = message.ports;
  try {
    port[kHybridDispatch](message.data, 'message', undefined);
  } finally {
    port[kCurrentlyReceivingPorts] = undefined;
  }
}

// The close callback of a closed port's handle (this = the MessageAsync):
// only now does the peer learn of it (node disentangles in the close
// callback too), then 'close' is emitted.
function emitClose() {
  const state = this[kOwner];
  state.handleClosed = true;
  const peer = state.peer;
  state.peer = null;
  if (peer !== null && peer.peer === state) {
    peer.peer = null;
    peer.peerClosed = true;
    wake(peer);
  }
  state.port.dispatchEvent(new MessagePortCloseEvent());
}

// Closes this end: its queue is dropped, its handle closes, and the close
// callback tells the peer and emits 'close'.
function closePort(state) {
  if (state.closed) return;
  state.closed = true;
  state.queue = [];
  state.head = 0;
  const handle = ensureHandle(state);
  state.closingRef = handle.hasRef();
  handle.close(emitClose);
}

function newPort(state) {
  const port = Reflect.construct(PortBase, [], MessagePort);
  initNodeEventTarget(port);
  port[kCurrentlyReceivingPorts] = undefined;
  port[kState] = state;
  state.port = port;
  return port;
}

// Moves `port`'s end to a new object (the receiving side of a transfer) and
// neuters `port`.
function transferPort(port) {
  const old = port[kState];
  const moved = new PortState();
  moved.queue = old.queue;
  moved.head = old.head;
  moved.peer = old.peer;
  moved.peerClosed = old.peerClosed;
  if (moved.peer !== null) moved.peer.peer = moved;
  old.queue = [];
  old.head = 0;
  old.peer = null;
  old.peerClosed = false;
  old.detached = true;
  closePort(old);
  return newPort(moved);
}

function checkPort(self) {
  if (!isPort(self) || self[kState] === undefined) {
    throw new TypeError('Illegal invocation');
  }
  return self[kState];
}

// worker_threads.receiveMessageOnPort(port): the next queued message as
// { message }, taken synchronously whether or not the port has started, or
// undefined when none is queued.
function receiveMessageOnPort(port) {
  if (!isPort(port) || port[kState] === undefined) {
    const err = new TypeError('The "port" argument must be a MessagePort instance');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const state = port[kState];
  if (state.closed || state.head >= state.queue.length) return undefined;
  const message = state.queue[state.head];
  state.queue[state.head++] = undefined;
  if (state.head === state.queue.length) {
    state.queue.length = 0;
    state.head = 0;
  }
  return { message: message.data };
}

function doStart(state) {
  if (state.closed || state.started) return;
  state.started = true;
  if (hasWork(state)) wake(state);
}

class MessagePort extends NodeEventTarget {
  constructor() {
    super();
    throw nativeError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
  }

  postMessage(message, transfer) {
    const state = checkPort(this);
    if (arguments.length === 0) {
      throw nativeError(TypeError, 'ERR_MISSING_ARGS',
                        'Not enough arguments to MessagePort.postMessage');
    }
    const list = readTransferArg(transfer);
    let buffers;
    let ports = null;
    if (list !== undefined) ({ buffers, ports } = splitTransferList(list, state));
    const target = state.peer;
    if (ports !== null && target !== null && ports.includes(target.port)) {
      // The peer posted to itself: the channel is lost.
      cloneMessage(message, buffers, ports);
      process.emitWarning('The target port was posted to itself, and the ' +
                          'communication channel was lost');
      closePort(state);
      return;
    }
    // A closed or detached port still clones, so errors are thrown.
    const cloned = cloneMessage(message, buffers, ports);
    if (target === null || state.closed || target.closed) return;
    target.queue.push(cloned);
    if (target.started) wake(target);
  }

  start() {
    doStart(checkPort(this));
  }

  close() {
    closePort(checkPort(this));
  }

  ref() {
    const state = checkPort(this);
    if (!state.closed) ensureHandle(state).ref();
    else if (!state.handleClosed) state.closingRef = true;
  }

  unref() {
    const state = checkPort(this);
    if (!state.closed) {
      if (state.handle !== null) state.handle.unref();
    } else if (!state.handleClosed) {
      state.closingRef = false;
    }
  }

  hasRef() {
    const state = checkPort(this);
    if (state.closed) return !state.handleClosed && state.closingRef;
    return state.handle !== null && state.handle.hasRef();
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'message') {
      const state = this[kState];
      if (!state.closed) {
        ensureHandle(state).ref();
        doStart(state);
      }
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'message' && size === 0) {
      const state = this[kState];
      state.started = false;
      if (state.handle !== null) state.handle.unref();
    }
  }

  [kCreateEvent](data, type) {
    if (type === 'message' || type === 'messageerror') {
      return new MessageEvent(type, {
        data, ports: this[kCurrentlyReceivingPorts] ?? kEmptyPorts,
      });
    }
    return super[kCreateEvent](data, type);
  }

  [customInspectSymbol](depth, options) {
    const state = this[kState];
    if (depth < 0) return 'MessagePort';
    const fields = {
      active: state !== undefined && !state.closed,
      refed: state !== undefined && this.hasRef(),
    };
    return `MessagePort [EventTarget] ${inspect(fields, {
      ...options, depth: options.depth == null ? null : options.depth - 1,
    })}`;
  }
}

defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
for (const name of ['postMessage', 'start', 'close', 'ref', 'unref', 'hasRef']) {
  Object.defineProperty(MessagePort.prototype, name, { __proto__: null, enumerable: true });
}

class MessagePortCloseEvent extends Event {
  constructor() {
    super('close');
  }
}

// A function rather than a class, for node's error when called without new.
function MessageChannel() {
  if (new.target === undefined) {
    throw nativeError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED',
                      'Cannot call constructor without `new`');
  }
  const a = new PortState();
  const b = new PortState();
  a.peer = b;
  b.peer = a;
  this.port1 = newPort(a);
  this.port2 = newPort(b);
}

// ---------------------------------------------------------------------------
// MessageEvent

function checkMessageEvent(self) {
  if (self === null || typeof self !== 'object' || !(kMessageData in self)) {
    throw new ERR_INVALID_THIS('MessageEvent');
  }
}

class MessageEvent extends Event {
  constructor(type, init = undefined) {
    super(type);
    let data = null;
    let origin = '';
    let lastEventId = '';
    let source = null;
    let list;
    if (init !== null && typeof init === 'object') {
      if (init.data !== undefined) data = init.data;
      if (init.origin !== undefined) origin = `${init.origin}`;
      if (init.lastEventId !== undefined) lastEventId = `${init.lastEventId}`;
      if (init.source !== undefined && init.source !== null) {
        source = init.source;
        if (!isPort(source)) {
          throw new ERR_INVALID_ARG_TYPE('init.source', 'MessagePort', source);
        }
      }
      const ports = init.ports;
      if (ports !== undefined) {
        list = [...ports];
        for (let i = 0; i < list.length; i++) {
          if (!isPort(list[i])) {
            throw new ERR_INVALID_ARG_TYPE(`init.ports[${i}]`, 'MessagePort', list[i]);
          }
        }
      }
    }
    if (list === undefined) list = [];
    this[kMessageData] = data;
    this[kMessageOrigin] = origin;
    this[kMessageLastEventId] = lastEventId;
    this[kMessageSource] = source;
    this[kMessagePorts] = list;
  }

  get data() {
    checkMessageEvent(this);
    return this[kMessageData];
  }

  get origin() {
    checkMessageEvent(this);
    return this[kMessageOrigin];
  }

  get lastEventId() {
    checkMessageEvent(this);
    return this[kMessageLastEventId];
  }

  get source() {
    checkMessageEvent(this);
    return this[kMessageSource];
  }

  get ports() {
    checkMessageEvent(this);
    return this[kMessagePorts];
  }
}

for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  Object.defineProperty(MessageEvent.prototype, name, { __proto__: null, enumerable: true });
}

// ---------------------------------------------------------------------------
// BroadcastChannel

const kChannel = Symbol('kChannel');
const channels = new Map();  // name -> Set of BroadcastChannel

function checkChannel(self) {
  if (self === null || typeof self !== 'object' || self[kChannel] === undefined) {
    throw new ERR_INVALID_THIS('BroadcastChannel');
  }
  return self[kChannel];
}

// The channel's handle callback: one message per call.
function deliverChannel() {
  const state = this[kOwner];
  if (state.closed || state.head >= state.queue.length) {
    state.sendPending = false;
    return false;
  }
  const data = state.queue[state.head];
  state.queue[state.head++] = undefined;
  if (state.head === state.queue.length) {
    state.queue.length = 0;
    state.head = 0;
  }
  state.channel.dispatchEvent(new MessageEvent('message', { data }));
  if (state.closed || state.head >= state.queue.length) {
    state.sendPending = false;
    return false;
  }
  return true;
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    if (typeof name === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    const channelName = `${name}`;
    super();
    const handle = new MessageAsync(deliverChannel);
    const state = {
      __proto__: null,
      name: channelName,
      channel: this,
      handle,
      queue: [],
      head: 0,
      closed: false,
      sendPending: false,
    };
    handle[kOwner] = state;
    handle.ref();
    this[kChannel] = state;
    let set = channels.get(channelName);
    if (set === undefined) {
      set = new Set();
      channels.set(channelName, set);
    }
    set.add(this);
  }

  get name() {
    return checkChannel(this).name;
  }

  close() {
    const state = checkChannel(this);
    if (state.closed) return;
    state.closed = true;
    state.queue = [];
    state.head = 0;
    const set = channels.get(state.name);
    set.delete(this);
    if (set.size === 0) channels.delete(state.name);
    state.handle.close();
  }

  postMessage(message) {
    const state = checkChannel(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (state.closed) throw domException('BroadcastChannel is closed.', 'InvalidStateError');
    const data = cloneMessage(message, undefined, null).data;
    let first = true;
    for (const other of channels.get(state.name)) {
      if (other === this) continue;
      const target = other[kChannel];
      // Each receiver gets its own copy.
      target.queue.push(first ? data : cloneMessage(data, undefined, null).data);
      first = false;
      if (!target.sendPending) {
        target.sendPending = true;
        target.handle.send();
      }
    }
  }

  ref() {
    const state = checkChannel(this);
    if (!state.closed) state.handle.ref();
    return this;
  }

  unref() {
    const state = checkChannel(this);
    if (!state.closed) state.handle.unref();
    return this;
  }

  [customInspectSymbol](depth, options) {
    const state = checkChannel(this);
    if (depth < 0) return 'BroadcastChannel';
    return `BroadcastChannel ${inspect({ name: state.name, active: !state.closed }, {
      ...options, depth: options.depth == null ? null : options.depth - 1,
    })}`;
  }
}

defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');
for (const name of ['name', 'close', 'postMessage']) {
  Object.defineProperty(BroadcastChannel.prototype, name, { __proto__: null, enumerable: true });
}

module.exports = {
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  receiveMessageOnPort,
  cloneWithPorts,
};

// eddy: the engine room of node:timers (Node's lib/internal/timers.js design).
//
// Timeouts
// --------
// Every Timeout is kept in a TimersList, one list per distinct duration (ms).
// Timers with the same duration are started in non-decreasing loop time, so
// appending to the tail keeps each list sorted by expiry: only the head of a
// list ever needs looking at. The lists themselves sit in a binary min-heap
// keyed by (expiry, id), so the next list to run is always at the top. Only
// ONE uv_timer_t exists (owned by C++); it is armed for the expiry at the top
// of the heap. When it fires, C++ calls processTimers(now), which runs every
// list whose expiry has passed and answers with the next expiry (positive when
// ref'd timers remain, negative when only unref'd ones do, 0 when none).
//
// A list is a circular doubly linked list through `_idleNext`/`_idlePrev`,
// with the TimersList object itself as the sentinel. The oldest timer is
// `list._idlePrev`, new timers are linked in at `list._idleNext`.
//
// Ref counting: `refCount` counts live ref'd Timeouts; toggleTimerRef() is
// called when it moves between 0 and 1 outside of processTimers (inside, the
// sign of the return value carries the information).
//
// Immediates
// ----------
// A plain doubly linked queue with head/tail. processImmediate() detaches the
// whole queue before running it (immediates queued by callbacks wait for the
// next loop iteration). If a callback throws, what is left stays in
// `outstandingQueue` and immediateInfo[kHasOutstanding] tells C++ to call us
// again.
//
// Exceptions: a throwing callback propagates out of processTimers /
// processImmediate without passing through a JS catch or finally (a rethrow
// would make the reported throw site point here). The state is consistent at
// the moment of the call, and calling again finishes the interrupted callback's
// bookkeeping first, then resumes where we were.
'use strict';

const {
  codes: { ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');

const binding = internalBinding('timers');
const {
  scheduleTimer,
  toggleTimerRef,
  getLibuvNow,
  immediateInfo,
  toggleImmediateRef,
} = binding;

// 2^31 - 1: the largest delay libuv timers (and browsers) accept.
const TIMEOUT_MAX = 2 ** 31 - 1;

const kCount = 0;
const kRefCount = 1;
const kHasOutstanding = 2;

// Symbols shared with node:timers, node:timers/promises and other lib code.
// Descriptions match Node's so inspected objects look the same.
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const async_id_symbol = Symbol('asyncId');
const trigger_async_id_symbol = Symbol('triggerId');
const kTimeout = Symbol('timeout'); // used by net/http for socket timers

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let lazyTaskQueues;
function runNextTicks() {
  if (lazyTaskQueues === undefined) {
    lazyTaskQueues = require('internal/process/task_queues');
  }
  return lazyTaskQueues.runNextTicks();
}

// --- ids -----------------------------------------------------------------------

// Ids come from internal/async_hooks' counter (1 is the top level). A timer
// or immediate created while an AsyncLocalStorage frame is current keeps it
// (kAsyncFrame) and its callback runs in it.
const asyncHooks = require('internal/async_hooks');
const { executionState, kAsyncFrame, frameInfo: asyncFrameInfo } = asyncHooks;

function initAsyncResource(resource) {
  resource[async_id_symbol] = asyncHooks.newAsyncId();
  resource[trigger_async_id_symbol] = executionState.asyncId;
  if (asyncFrameInfo[0] !== 0) resource[kAsyncFrame] = asyncHooks.captureFrame();
}

// Timeouts whose numeric id escaped through Symbol.toPrimitive, by id.
const knownTimersById = { __proto__: null };

// --- circular linked list (sentinel = the TimersList) ---------------------------

function listInit(list) {
  list._idleNext = list;
  list._idlePrev = list;
}

function listIsEmpty(list) {
  return list._idleNext === list;
}

function listPeek(list) {
  const oldest = list._idlePrev;
  return oldest === list ? null : oldest;
}

function listRemove(item) {
  const next = item._idleNext;
  const prev = item._idlePrev;
  if (next) next._idlePrev = prev;
  if (prev) prev._idleNext = next;
  item._idleNext = null;
  item._idlePrev = null;
}

function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  const newest = list._idleNext;
  item._idleNext = newest;
  item._idlePrev = list;
  newest._idlePrev = item;
  list._idleNext = item;
}

// --- lists per duration and the heap of lists -----------------------------------

let nextListId = 1;

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = nextListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = -1;
  }
}

function listBefore(a, b) {
  if (a.expiry !== b.expiry) return a.expiry < b.expiry;
  return a.id < b.id;
}

// Binary min-heap of TimersList; each list knows its index.
class TimersListQueue {
  constructor() {
    this.heap = [];
  }

  get size() { return this.heap.length; }

  peek() {
    return this.heap.length > 0 ? this.heap[0] : null;
  }

  insert(list) {
    const heap = this.heap;
    heap.push(list);
    this._siftUp(heap.length - 1);
  }

  removeAt(pos) {
    const heap = this.heap;
    if (pos < 0 || pos >= heap.length) return;
    const removed = heap[pos];
    const last = heap.pop();
    if (pos < heap.length) {
      heap[pos] = last;
      last.priorityQueuePosition = pos;
      this._siftDown(pos);
      this._siftUp(last.priorityQueuePosition);
    }
    removed.priorityQueuePosition = -1;
  }

  remove(list) {
    const pos = list.priorityQueuePosition;
    if (pos >= 0 && this.heap[pos] === list) this.removeAt(pos);
  }

  // A list's key changed (only ever to a later expiry / higher id).
  update(list) {
    const pos = list.priorityQueuePosition;
    if (pos < 0 || this.heap[pos] !== list) return;
    this._siftDown(pos);
    this._siftUp(list.priorityQueuePosition);
  }

  _siftUp(pos) {
    const heap = this.heap;
    const item = heap[pos];
    while (pos > 0) {
      const parentPos = (pos - 1) >> 1;
      const parent = heap[parentPos];
      if (!listBefore(item, parent)) break;
      heap[pos] = parent;
      parent.priorityQueuePosition = pos;
      pos = parentPos;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }

  _siftDown(pos) {
    const heap = this.heap;
    const size = heap.length;
    const item = heap[pos];
    for (;;) {
      let child = 2 * pos + 1;
      if (child >= size) break;
      if (child + 1 < size && listBefore(heap[child + 1], heap[child])) child++;
      if (!listBefore(heap[child], item)) break;
      heap[pos] = heap[child];
      heap[pos].priorityQueuePosition = pos;
      pos = child;
    }
    heap[pos] = item;
    item.priorityQueuePosition = pos;
  }
}

const timerListMap = { __proto__: null };
const timerListQueue = new TimersListQueue();

// Expiry the uv timer is currently armed for (Infinity while processing).
let nextExpiry = Infinity;
let refCount = 0;

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}

function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

// --- Timeout ------------------------------------------------------------------

let lazyInspect;

function coerceDelay(after) {
  after *= 1; // to number (NaN for junk); throws for Symbols like Node
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                          '\nTimeout duration was set to 1.',
                          'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  // callback: function; after: delay (coerced); args: array or undefined;
  // isRepeat: interval?; isRefed: keeps the loop alive?
  constructor(callback, after, args, isRepeat, isRefed) {
    after = coerceDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    initAsyncResource(this);
  }

  [customInspectSymbol](depth, options) {
    if (lazyInspect === undefined) {
      lazyInspect = require('internal/util/inspect').inspect;
    }
    return lazyInspect(this, { ...options, depth: 0, customInspect: false });
  }

  // Restart the countdown from now with the same duration and callback; also
  // revives a timer that already fired (but not one that was cleared).
  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    // node:timers' clearTimeout, without a load-time cycle.
    if (this._onTimeout) {
      this._onTimeout = null;
      unenroll(this);
    }
    return this;
  }

}

// Defined after the class so the symbol keys come in Node's order; both are
// anonymous functions as in Node.
if (typeof Symbol.dispose === 'symbol') {
  Object.defineProperty(Timeout.prototype, Symbol.dispose, {
    value: [function() { this.close(); }][0],
    writable: true, configurable: true, enumerable: false,
  });
}

Object.defineProperty(Timeout.prototype, Symbol.toPrimitive, {
  // The numeric id, usable with clearTimeout(id) from then on.
  value: [function() {
    const id = this[async_id_symbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }][0],
  writable: true, configurable: true, enumerable: false,
});

// Link `item` into the list for `msecs`, starting its countdown at `start`.
function insert(item, msecs, start = getLibuvNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    list = new TimersList(expiry, msecs);
    timerListMap[msecs] = list;
    timerListQueue.insert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

// (Re)start `item` with its _idleTimeout; `refed` is the ref state it takes.
function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return; // cleared or never enrolled

  insert(item, msecs, start);

  const wasDestroyed = item._destroyed;
  if (wasDestroyed || item[async_id_symbol] === undefined) {
    item._destroyed = false;
    if (item[async_id_symbol] === undefined) initAsyncResource(item);
    else if (item[kHasPrimitive]) knownTimersById[item[async_id_symbol]] = item;
  }

  if (wasDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function active(item) {
  insertGuarded(item, true);
}

function unrefActive(item) {
  insertGuarded(item, false);
}

// Drop a Timeout (or an enroll()ed object) from its list for good.
function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;

  if (item[kHasPrimitive]) delete knownTimersById[item[async_id_symbol]];

  listRemove(item);

  const list = timerListMap[item._idleTimeout];
  if (list !== undefined && listIsEmpty(list)) {
    timerListQueue.remove(list);
    delete timerListMap[list.msecs];
  }

  if (item[kRefed]) decRefCount();

  // refresh()/active() must not bring it back.
  item._idleTimeout = -1;
}

// A fired or dropped Timeout gives up its ref and its primitive id.
function markDestroyed(timer) {
  timer._destroyed = true;
  if (timer[kRefed]) refCount--;
  if (timer[kHasPrimitive]) delete knownTimersById[timer[async_id_symbol]];
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranOne = false;
  let timer;
  while ((timer = listPeek(list)) !== null) {
    if (now - timer._idleStart < msecs) {
      // The rest of this list is due later: requeue the list.
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = nextListId++;
      timerListQueue.update(list);
      return;
    }

    if (ranOne) {
      // Ticks queued by the previous callback run before the next one; they
      // may clear or add timers, so look at the list again afterwards.
      ranOne = false;
      runNextTicks();
      continue;
    }
    ranOne = true;

    let start;
    if (timer._repeat) start = getLibuvNow();

    listRemove(timer);

    if (!timer._onTimeout) {
      if (!timer._destroyed) markDestroyed(timer);
      ranOne = false;
      continue;
    }

    runningTimer = timer;
    runningTimerStart = start;
    asyncHooks.enterTimerScope(timer, timer[async_id_symbol], timer[trigger_async_id_symbol]);
    const args = timer._timerArgs;
    if (args === undefined) timer._onTimeout();
    else Reflect.apply(timer._onTimeout, timer, args);
    finishRunningTimer();
  }

  // Empty: drop the list. A callback may already have dropped it (and maybe
  // created a new list for the same duration), so only unmap our own.
  if (timerListMap[msecs] === list) delete timerListMap[msecs];
  timerListQueue.remove(list);
}

// Bookkeeping after a timer callback. A throwing callback skips it and the
// exception leaves processTimers with no JS frame catching and rethrowing it
// (a rethrow would move the reported throw site into this file); C++ then
// calls processTimers again, which finishes the timer first.
let runningTimer = null;
let runningTimerStart;

function finishRunningTimer() {
  const timer = runningTimer;
  if (timer === null) return;
  runningTimer = null;
  asyncHooks.leaveTimerScope();
  if (timer._repeat && timer._idleTimeout !== -1) {
    timer._idleTimeout = timer._repeat;
    insert(timer, timer._idleTimeout, runningTimerStart);
  } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
    // Not refreshed by its callback: it is done.
    markDestroyed(timer);
  }
}

function processTimers(now) {
  finishRunningTimer();
  nextExpiry = Infinity;
  let ranOne = false;
  let list;
  while ((list = timerListQueue.peek()) !== null) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranOne) {
      ranOne = false;
      runNextTicks();
      continue; // ticks may have changed the queue
    }
    ranOne = true;
    listOnTimeout(list, now);
  }
  return 0;
}

// A Timeout that never keeps the process alive (internal users: net, http).
function setUnrefTimeout(callback, after) {
  validateFunction(callback, 'callback');
  const timer = new Timeout(callback, after, undefined, false, false);
  insert(timer, timer._idleTimeout);
  return timer;
}

// Validate a duration for APIs that take one (enroll, socket timeouts).
function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
                        'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

// --- Immediate ----------------------------------------------------------------

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }

  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
}

const immediateQueue = new ImmediateList();
// Immediates detached for the current run; non-empty after a callback threw.
const outstandingQueue = new ImmediateList();

// Unlink `item` from whichever of the two queues holds it.
function immediateUnlink(item) {
  const next = item._idleNext;
  const prev = item._idlePrev;
  if (next !== null) next._idlePrev = prev;
  if (prev !== null) prev._idleNext = next;
  if (immediateQueue.head === item) immediateQueue.head = next;
  if (immediateQueue.tail === item) immediateQueue.tail = prev;
  if (outstandingQueue.head === item) outstandingQueue.head = next;
  if (outstandingQueue.tail === item) outstandingQueue.tail = prev;
  item._idleNext = null;
  item._idlePrev = null;
}

function decImmediateRefCount() {
  if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    initAsyncResource(this);
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      decImmediateRefCount();
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

if (typeof Symbol.dispose === 'symbol') {
  Object.defineProperty(Immediate.prototype, Symbol.dispose, {
    value: [function() { clearImmediateInternal(this); }][0],
    writable: true, configurable: true, enumerable: false,
  });
}

// Retire an Immediate (ran or cleared): counts, ref, queue membership.
function retireImmediate(immediate) {
  immediate._destroyed = true;
  immediateInfo[kCount]--;
  if (immediate[kRefed]) decImmediateRefCount();
  immediate[kRefed] = null;
  immediateUnlink(immediate);
}

function clearImmediateInternal(immediate) {
  if (!immediate || immediate._destroyed) return;
  if (immediate instanceof Immediate) {
    retireImmediate(immediate);
    immediate._onImmediate = null;
    return;
  }
  clearNonImmediate(immediate);
}

// clearImmediate() on something else. Node treats any truthy value as an
// Immediate: a primitive throws the strict-mode TypeError of the property
// write, an object gets the cleared-Immediate fields. Node also adjusts the
// immediate counters then, which can stall later immediates; eddy leaves its
// counters alone. A Timeout loses its place in its list (it will not fire,
// but refresh() can bring it back), as in Node.
function clearNonImmediate(item) {
  const type = typeof item;
  if (type !== 'object' && type !== 'function') {
    // Node's strict-mode write to a primitive fails with V8's message.
    throw new TypeError(
      `Cannot create property '_destroyed' on ${type} '${String(item)}'`);
  }
  if (item instanceof TimersList) return;  // internal; never a user value
  item._destroyed = true;
  const wasTimeout = item instanceof Timeout;
  if (wasTimeout) {
    if (item[kRefed]) decRefCount();
    const list = timerListMap[item._idleTimeout];
    listRemove(item);
    if (list !== undefined && listIsEmpty(list)) {
      timerListQueue.remove(list);
      delete timerListMap[list.msecs];
    }
  }
  item[kRefed] = null;
  item._onImmediate = null;
  if (!wasTimeout) listRemove(item);
}

function processImmediate() {
  asyncHooks.leaveTimerScope();  // in case the last callback threw
  if (outstandingQueue.head === null) {
    // Take everything queued so far; later setImmediate()s wait a turn.
    outstandingQueue.head = immediateQueue.head;
    outstandingQueue.tail = immediateQueue.tail;
    immediateQueue.head = immediateQueue.tail = null;
  }
  immediateInfo[kHasOutstanding] = 1;

  let ranOne = false;
  let immediate;
  while ((immediate = outstandingQueue.head) !== null) {
    if (ranOne) {
      // Ticks queued by the previous callback run first; they may clear
      // immediates, so look at the queue again afterwards.
      ranOne = false;
      runNextTicks();
      continue;
    }
    ranOne = true;

    retireImmediate(immediate);

    // No try/finally around the callback (see finishRunningTimer): after a
    // throw, kHasOutstanding stays set and the next call carries on.
    asyncHooks.enterTimerScope(immediate, immediate[async_id_symbol],
                               immediate[trigger_async_id_symbol]);
    const callback = immediate._onImmediate;
    immediate._onImmediate = null;
    const argv = immediate._argv;
    if (argv === undefined) Reflect.apply(callback, immediate, []);
    else Reflect.apply(callback, immediate, argv);
    asyncHooks.leaveTimerScope();
  }
  immediateInfo[kHasOutstanding] = 0;
}

// process.getActiveResourcesInfo(): one entry per ref'd timer / immediate
// (Node lists these after the libuv handles and requests).
function getActiveResourcesInfo() {
  const info = [];
  for (let i = 0; i < refCount; i++) info.push('Timeout');
  for (let i = 0; i < immediateInfo[kRefCount]; i++) info.push('Immediate');
  return info;
}

binding.setupTimers(processImmediate, processTimers);

module.exports = {
  TIMEOUT_MAX,
  kTimeout,
  kRefed,
  kHasPrimitive,
  async_id_symbol,
  trigger_async_id_symbol,
  Timeout,
  Immediate,
  initAsyncResource,
  setUnrefTimeout,
  getTimerDuration,
  immediateQueue,
  immediateInfo,
  immediateInfoFields: { kCount, kRefCount, kHasOutstanding },
  clearImmediate: clearImmediateInternal,
  knownTimersById,
  active,
  unrefActive,
  insert,
  unenroll,
  timerListMap,
  timerListQueue,
  incRefCount,
  decRefCount,
  processTimers,
  processImmediate,
  getActiveResourcesInfo,
  // Lists helpers for enroll()ed objects.
  listInit,
};

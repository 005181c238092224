// eddy: node:perf_hooks and the `performance` global: the high-resolution
// clock (now, timeOrigin), user timing (mark, measure and the entry lists),
// nodeTiming, eventLoopUtilization, timerify, PerformanceObserver (mark,
// measure and function entries; eddy's gc, dns, net and http do not emit
// entries yet), and the histograms (internal/perf/histogram).
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_ILLEGAL_CONSTRUCTOR,
  },
} = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const {
  createHistogram, monitorEventLoopDelay, RecordableHistogram,
} = require('internal/perf/histogram');
const { DOMException } = require('internal/per_context/domexception');

const { uptime, loopTimes } = internalBinding('process_methods');

// Milliseconds since the process started, sub-millisecond precision.
function now() { return uptime() * 1000; }

let timeOrigin;
function getTimeOrigin() {
  if (timeOrigin === undefined) timeOrigin = Date.now() - now();
  return timeOrigin;
}

let constructing = false;

class PerformanceEntry {
  #name; #type; #start; #duration;
  constructor(name, type, start, duration) {
    if (!constructing) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
  }
  get name() { return this.#name; }
  get entryType() { return this.#type; }
  get startTime() { return this.#start; }
  get duration() { return this.#duration; }
  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime,
             duration: this.duration, detail: this.detail };
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `${this.constructor.name} ${inspect(this.toJSON(), options)}`;
  }
}

class PerformanceMark extends PerformanceEntry {
  #detail;
  constructor(name, options = undefined) {
    validateString(name, 'name');
    const startTime = options && options.startTime !== undefined ? options.startTime : now();
    if (typeof startTime !== 'number') throw new ERR_INVALID_ARG_TYPE('options.startTime', 'number', startTime);
    if (startTime < 0) throw new DOMException(`${name} cannot have a negative start time.`, 'InvalidStateError');
    constructing = true;
    try {
      super(name, 'mark', startTime, 0);
    } finally {
      constructing = false;
    }
    this.#detail = options && options.detail !== undefined ? structuredClone(options.detail) : null;
  }
  get detail() { return this.#detail; }
}

class PerformanceMeasure extends PerformanceEntry {
  #detail;
  constructor(name, start, duration, detail) {
    super(name, 'measure', start, duration);
    this.#detail = detail === undefined ? null : detail;
  }
  get detail() { return this.#detail; }
}

const marks = [];
const measures = [];

function markTime(nameOrTime, what) {
  if (nameOrTime === undefined) return undefined;
  if (typeof nameOrTime === 'number') return nameOrTime;
  for (let i = marks.length - 1; i >= 0; i--) {
    if (marks[i].name === nameOrTime) return marks[i].startTime;
  }
  if (nameOrTime === 'nodeStart' || nameOrTime === 'v8Start' || nameOrTime === 'environment') return 0;
  throw new DOMException(`The "${nameOrTime}" performance mark has not been set`, 'SyntaxError');
}

class Performance {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }
  now() { return now(); }
  get timeOrigin() { return getTimeOrigin(); }
  mark(name, options) {
    const m = new PerformanceMark(name, options);
    marks.push(m);
    enqueue(m);
    return m;
  }
  measure(name, startOrOptions, endMark) {
    validateString(name, 'name');
    let start;
    let end;
    let detail;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      start = markTime(startOrOptions.start, 'start');
      end = startOrOptions.end !== undefined ? markTime(startOrOptions.end, 'end') :
        startOrOptions.duration !== undefined ? (start || 0) + startOrOptions.duration : now();
      detail = startOrOptions.detail;
    } else {
      start = markTime(startOrOptions, 'start');
      end = endMark !== undefined ? markTime(endMark, 'end') : now();
    }
    if (start === undefined) start = 0;
    constructing = true;
    let m;
    try {
      m = new PerformanceMeasure(name, start, end - start, detail);
    } finally {
      constructing = false;
    }
    measures.push(m);
    enqueue(m);
    return m;
  }
  getEntries() { return [...marks, ...measures].sort((a, b) => a.startTime - b.startTime); }
  getEntriesByName(name, type) {
    return this.getEntries().filter((e) => e.name === name && (type === undefined || e.entryType === type));
  }
  getEntriesByType(type) {
    return type === 'mark' ? [...marks] : type === 'measure' ? [...measures] : [];
  }
  clearMarks(name) { removeNamed(marks, name); }
  clearMeasures(name) { removeNamed(measures, name); }
  clearResourceTimings() {}
  timerify(fn, options = {}) { return timerify(fn, options); }
  eventLoopUtilization(util1, util2) { return eventLoopUtilization(util1, util2); }
  get nodeTiming() { return nodeTiming; }
  toJSON() {
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }
}

function removeNamed(list, name) {
  for (let i = list.length - 1; i >= 0; i--) {
    if (name === undefined || list[i].name === name) list.splice(i, 1);
  }
}

Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  value: 'Performance', configurable: true,
});

// --- nodeTiming and event-loop utilization ---------------------------------------

const times = new Float64Array(4);  // bootstrapComplete, loopStart, loopExit, idle

class PerformanceNodeTiming {
  constructor() { throw new ERR_ILLEGAL_CONSTRUCTOR(); }
  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return 0; }
  get v8Start() { return 0; }
  get environment() { return 0; }
  get bootstrapComplete() { loopTimes(times); return times[0]; }
  get loopStart() { loopTimes(times); return times[1]; }
  get loopExit() { loopTimes(times); return times[2]; }
  get idleTime() { loopTimes(times); return times[3]; }
  toJSON() {
    return {
      name: 'node', entryType: 'node', startTime: 0, duration: this.duration,
      nodeStart: 0, v8Start: 0, bootstrapComplete: this.bootstrapComplete,
      environment: 0, loopStart: this.loopStart, loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `PerformanceNodeTiming ${inspect(this.toJSON(), options)}`;
  }
}
const nodeTiming = Object.create(PerformanceNodeTiming.prototype);

function eventLoopUtilization(util1, util2) {
  loopTimes(times);
  const loopStart = times[1];
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = times[3];
  const active = now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

// --- timerify ---------------------------------------------------------------------

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !(histogram instanceof RecordableHistogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  const report = (start, args) => {
    const duration = now() - start;
    if (histogram !== undefined) histogram.record(Math.max(1, Math.ceil(duration * 1e6)));
    if (observing('function')) {
      constructing = true;
      let entry;
      try {
        entry = new PerformanceEntry(fn.name, 'function', start, duration);
      } finally {
        constructing = false;
      }
      entry.detail = args;
      enqueue(entry);
    }
  };
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!new.target && result !== null && typeof result?.finally === 'function') {
      return result.finally(() => report(start, args));
    }
    report(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { value: fn.length, configurable: true },
    name: { value: `timerified ${fn.name}`, configurable: true },
  });
  return timerified;
}

// --- PerformanceObserver ------------------------------------------------------------

const kSupportedTypes = Object.freeze(
  ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);
const observers = new Set();
let dispatchPending = false;

function observing(type) {
  for (const o of observers) if (o._types.has(type)) return true;
  return false;
}

function enqueue(entry) {
  let queued = false;
  for (const o of observers) {
    if (o._types.has(entry.entryType)) {
      o._buffer.push(entry);
      queued = true;
    }
  }
  if (queued && !dispatchPending) {
    dispatchPending = true;
    setImmediate(dispatch);
  }
}

function dispatch() {
  dispatchPending = false;
  for (const o of [...observers]) {
    if (o._buffer.length === 0) continue;
    const list = new PerformanceObserverEntryList(kListToken, o.takeRecords());
    o._callback.call(o, list, o);
  }
}

function sortByStart(entries) {
  return entries.sort((a, b) => a.startTime - b.startTime);
}

const kListToken = Symbol('kListToken');

class PerformanceObserverEntryList {
  #entries;
  constructor(token, entries) {
    if (token !== kListToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = sortByStart(entries);
  }
  getEntries() { return this.#entries.slice(); }
  getEntriesByType(type) {
    type = `${type}`;
    return this.#entries.filter((e) => e.entryType === type);
  }
  getEntriesByName(name, type) {
    name = `${name}`;
    return this.#entries.filter((e) => e.name === name &&
      (type === undefined || e.entryType === `${type}`));
  }
}

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    Object.defineProperties(this, {
      _callback: { value: callback },
      _types: { value: new Set() },
      _buffer: { value: [], writable: true },
    });
  }

  static get supportedEntryTypes() { return kSupportedTypes; }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      this._types.clear();
      if (!Array.isArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      for (const t of entryTypes) if (kSupportedTypes.includes(t)) this._types.add(t);
    } else {
      validateString(type, 'options.type');
      if (!kSupportedTypes.includes(type)) return;
      this._types.clear();
      this._types.add(type);
      if (buffered) {
        const existing = type === 'mark' ? marks : type === 'measure' ? measures : [];
        this._buffer.push(...existing);
      }
    }
    if (this._types.size > 0) observers.add(this);
    else this.disconnect();
    if (buffered && this._buffer.length > 0 && !dispatchPending) {
      dispatchPending = true;
      setImmediate(dispatch);
    }
  }

  disconnect() {
    observers.delete(this);
    this._buffer = [];
  }

  takeRecords() {
    const list = this._buffer;
    this._buffer = [];
    return list;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: this._buffer.length > 0,
      entryTypes: [...this._types],
      buffer: this._buffer,
    }, options)}`;
  }
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    super();  // throws ERR_ILLEGAL_CONSTRUCTOR: only fetch creates these
  }
}

const performance = Object.create(Performance.prototype);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8, NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0, NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4, NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};

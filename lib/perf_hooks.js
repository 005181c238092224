// eddy: node:perf_hooks and the `performance` global: the high-resolution
// clock (now, timeOrigin), user timing (mark, measure and the entry lists),
// timerify and toJSON. Observers, histograms and event-loop utilization are
// not built yet and say so.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { DOMException } = require('internal/per_context/domexception');

const { uptime } = internalBinding('process_methods');

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
  timerify(fn) {
    validateFunction(fn, 'fn');
    return fn;
  }
  eventLoopUtilization() { throw new ERR_NOT_IMPLEMENTED('performance.eventLoopUtilization()'); }
  toJSON() { return { timeOrigin: this.timeOrigin }; }
}

function removeNamed(list, name) {
  for (let i = list.length - 1; i >= 0; i--) {
    if (name === undefined || list[i].name === name) list.splice(i, 1);
  }
}

Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  value: 'Performance', configurable: true,
});

const performance = Object.create(Performance.prototype);

function notBuilt(name) {
  return { [name]() { throw new ERR_NOT_IMPLEMENTED(`perf_hooks.${name}`); } }[name];
}

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver: notBuilt('PerformanceObserver'),
  PerformanceObserverEntryList: notBuilt('PerformanceObserverEntryList'),
  PerformanceResourceTiming: notBuilt('PerformanceResourceTiming'),
  monitorEventLoopDelay: notBuilt('monitorEventLoopDelay'),
  createHistogram: notBuilt('createHistogram'),
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

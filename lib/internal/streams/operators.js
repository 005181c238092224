// eddy: the iterator-helper methods of Readable (map, filter, forEach,
// toArray, some, find, every, flatMap, drop, take, reduce, asIndexedPairs,
// compose). Each is written over async iteration of `this`; the ones that
// produce a stream return an async generator that stream.js wraps with
// Readable.from(). map() runs up to `concurrency` calls at once and keeps
// results in order; filter/forEach/some/find/every are built on it.
'use strict';

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateInteger,
  validateObject,
} = require('internal/validators');
const { isWritable, isNodeStream } = require('internal/streams/utils');
const { finished } = require('internal/streams/end-of-stream');

let staticCompose;
let addAbortSignalNoValidate;

// Marks "no value" in map's output queue (filtered out / forEach).
const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options != null && options.signal != null) {
    validateAbortSignal(options.signal, 'options.signal');
  }
}

function signalOf(options) {
  return options != null ? options.signal : undefined;
}

function compose(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  if (staticCompose === undefined) staticCompose = require('internal/streams/compose');
  const composed = staticCompose(this, stream);
  const signal = signalOf(options);
  if (signal) {
    if (addAbortSignalNoValidate === undefined) {
      addAbortSignalNoValidate =
        require('internal/streams/add-abort-signal').addAbortSignalNoValidate;
    }
    addAbortSignalNoValidate(signal, composed);
  }
  return composed;
}

function map(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  validateOptions(options);

  let concurrency = 1;
  if (options != null && options.concurrency != null) {
    concurrency = Math.floor(options.concurrency);
  }
  let highWaterMark = concurrency - 1;
  if (options != null && options.highWaterMark != null) {
    highWaterMark = Math.floor(options.highWaterMark);
  }
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  // Results held = those being computed plus those waiting to be read.
  highWaterMark += concurrency;

  return mapResults(this, fn, options, concurrency, highWaterMark);
}

// The generator behind map(): a producer task pulls from `source`, starts
// fn(value) for each and queues the result promises in input order; the
// generator yields them as they settle. The producer pauses while
// `concurrency` calls are running or `highWaterMark` results are held.
async function* mapResults(source, fn, options, concurrency, highWaterMark) {
  const outer = signalOf(options);
  const signal = AbortSignal.any(outer ? [outer] : []);
  const fnOptions = { signal };

  const results = [];     // promises, in input order; kEof closes the list
  let running = 0;        // fn calls not settled yet
  let stopped = false;    // no more values will be pulled
  let wakeConsumer = null;
  let wakeProducer = null;

  function notifyConsumer() {
    if (wakeConsumer) {
      const wake = wakeConsumer;
      wakeConsumer = null;
      wake();
    }
  }
  function maybeWakeProducer() {
    if (wakeProducer && !stopped && running < concurrency && results.length < highWaterMark) {
      const wake = wakeProducer;
      wakeProducer = null;
      wake();
    }
  }
  function callSettled() {
    running -= 1;
    maybeWakeProducer();
  }
  function callFailed() {
    stopped = true;
    callSettled();
  }
  function enqueue(promise) {
    running += 1;
    promise.then(callSettled, callFailed);
    results.push(promise);
  }

  async function produce() {
    try {
      for await (const value of source) {
        if (stopped) return;
        if (signal.aborted) throw new AbortError();
        let result;
        try {
          result = fn(value, fnOptions);
          if (result === kEmpty) continue;
          result = Promise.resolve(result);
        } catch (err) {
          result = Promise.reject(err);
        }
        enqueue(result);
        notifyConsumer();
        if (!stopped && (results.length >= highWaterMark || running >= concurrency)) {
          await new Promise((resolve) => { wakeProducer = resolve; });
        }
      }
      results.push(kEof);
    } catch (err) {
      enqueue(Promise.reject(err));
    } finally {
      stopped = true;
      notifyConsumer();
    }
  }

  produce();

  try {
    for (;;) {
      while (results.length > 0) {
        const value = await results[0];
        if (value === kEof) return;
        if (signal.aborted) throw new AbortError();
        if (value !== kEmpty) yield value;
        results.shift();
        maybeWakeProducer();
      }
      await new Promise((resolve) => { wakeConsumer = resolve; });
    }
  } finally {
    stopped = true;
    if (wakeProducer) {
      const wake = wakeProducer;
      wakeProducer = null;
      wake();
    }
  }
}

function asIndexedPairs(options = undefined) {
  validateOptions(options);
  const source = this;
  return (async function* asIndexedPairs() {
    let index = 0;
    for await (const val of source) {
      const signal = signalOf(options);
      if (signal && signal.aborted) throw new AbortError({ cause: signal.reason });
      yield [index++, val];
    }
  })();
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) {
    void unused;
    return true;
  }
  return false;
}

async function every(fn, options = undefined) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  // every(fn) is "not some(not fn)".
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) {
    return result;
  }
  return undefined;
}

async function forEach(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options)) void unused;
}

function filter(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

// reduce() of an empty stream without an initial value.
class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  if (typeof reducer !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('reducer', ['Function', 'AsyncFunction'], reducer);
  }
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  const outer = signalOf(options);

  if (outer && outer.aborted) {
    const err = new AbortError(undefined, { cause: outer.reason });
    this.once('error', () => {});
    await finished(this.destroy(err));
    throw err;
  }

  const ac = new AbortController();
  const signal = ac.signal;
  const onOuterAbort = () => ac.abort();
  if (outer) outer.addEventListener('abort', onOuterAbort, { once: true });

  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      if (outer && outer.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    ac.abort();
    if (outer) outer.removeEventListener('abort', onOuterAbort);
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  const signal = signalOf(options);
  for await (const val of this) {
    if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* flatMap() {
    for await (const val of values) yield* val;
  })();
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const source = this;
  return (async function* drop() {
    const signal = signalOf(options);
    if (signal && signal.aborted) throw new AbortError();
    for await (const val of source) {
      if (signal && signal.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  })();
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const source = this;
  return (async function* take() {
    const signal = signalOf(options);
    if (signal && signal.aborted) throw new AbortError();
    for await (const val of source) {
      if (signal && signal.aborted) throw new AbortError();
      if (number-- > 0) yield val;
      // Stop before pulling another item once enough were taken.
      if (number <= 0) return;
    }
  })();
}

module.exports.streamReturningOperators = {
  asIndexedPairs,
  drop,
  filter,
  flatMap,
  map,
  take,
  compose,
};

module.exports.promiseReturningOperators = {
  every,
  forEach,
  reduce,
  toArray,
  some,
  find,
};

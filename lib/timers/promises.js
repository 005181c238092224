// eddy: node:timers/promises — promise and async-iterator forms of the timers,
// cancellable through an AbortSignal (`signal` option) and optionally unref'd
// (`ref: false`).
'use strict';

const {
  AbortError,
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateObject,
} = require('internal/validators');
const { Timeout, Immediate, insert } = require('internal/timers');
const { clearTimeout, clearImmediate, clearInterval } = require('timers');

const kScheduler = Symbol('kScheduler');

// Check the options bag shared by setTimeout and setImmediate. Returns an
// error to reject with, or the parsed { signal, ref }.
function parseOptions(options) {
  if (options == null || typeof options !== 'object') {
    return { error: new ERR_INVALID_ARG_TYPE('options', 'Object', options) };
  }
  const { signal, ref = true } = options;
  try {
    validateAbortSignal(signal, 'options.signal');
  } catch (err) {
    return { error: err };
  }
  if (typeof ref !== 'boolean') {
    return { error: new ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref) };
  }
  return { signal, ref };
}

// Run `start(resolve, reject)` -> handle, cancelling with `clear(handle)` when
// `signal` aborts first.
function cancellable(signal, start, clear) {
  if (signal === undefined) {
    return new Promise((resolve, reject) => { start(resolve, reject); });
  }
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const handle = start(resolve, reject);
    onAbort = () => {
      if (!handle._destroyed) {
        clear(handle);
        reject(new AbortError(undefined, { cause: signal.reason }));
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(after, value, options = {}) {
  const args = value !== undefined ? [value] : undefined;
  const parsed = parseOptions(options);
  if (parsed.error) return Promise.reject(parsed.error);
  const { signal, ref } = parsed;
  if (signal !== undefined && signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  }
  return cancellable(signal, (resolve) => {
    const timeout = new Timeout(resolve, after, args, false, ref);
    insert(timeout, timeout._idleTimeout);
    return timeout;
  }, clearTimeout);
}

function setImmediate(value, options = {}) {
  const parsed = parseOptions(options);
  if (parsed.error) return Promise.reject(parsed.error);
  const { signal, ref } = parsed;
  if (signal !== undefined && signal.aborted) {
    return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  }
  return cancellable(signal, (resolve) => {
    const immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    return immediate;
  }, clearImmediate);
}

async function* setInterval(after, value, options = {}) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');

  if (signal !== undefined && signal.aborted) {
    throw new AbortError(undefined, { cause: signal.reason });
  }

  let interval;
  let onAbort;
  try {
    let pending = 0; // ticks not yet handed out
    let wake; // resolves the consumer's wait
    interval = new Timeout(() => {
      pending++;
      if (wake !== undefined) {
        const w = wake;
        wake = undefined;
        w();
      }
    }, after, undefined, true, ref);
    insert(interval, interval._idleTimeout);

    if (signal !== undefined) {
      onAbort = () => {
        clearInterval(interval);
        if (wake !== undefined) {
          const w = wake;
          wake = undefined;
          w(Promise.reject(new AbortError(undefined, { cause: signal.reason })));
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }

    while (signal === undefined || !signal.aborted) {
      if (pending === 0) {
        await new Promise((resolve) => { wake = resolve; });
      }
      for (; pending > 0; pending--) {
        yield value;
      }
    }
    throw new AbortError(undefined, { cause: signal.reason });
  } finally {
    clearInterval(interval);
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  // Resolves after the current batch of I/O callbacks (an immediate).
  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Reflect.construct(function() { this[kScheduler] = true; }, [], Scheduler);

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler,
};

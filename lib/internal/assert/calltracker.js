// eddy: assert.CallTracker (deprecated in node 20, DEP0173): wraps functions
// in call-counting proxies and reports the ones not called the expected
// number of times.
'use strict';

const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { validateUint32 } = require('internal/validators');

function noop() {}

let warned = false;

class CallTracker {
  #tracked = new WeakMap();  // proxy -> record
  #records = new Set();

  constructor() {
    if (!warned) {
      warned = true;
      process.emitWarning('assert.CallTracker is deprecated.',
                          'DeprecationWarning', 'DEP0173');
    }
  }

  #record(tracked) {
    const rec = this.#tracked.get(tracked);
    if (rec === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked,
                                      'is not a tracked function');
    }
    return rec;
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    const rec = {
      name: fn === noop ? 'calls' : (fn.name || 'calls'),
      expected,
      calls: [],
      stack: new Error(),
    };
    const proxy = new Proxy(fn, {
      apply(target, thisArg, args) {
        rec.calls.push({ thisArg, arguments: args });
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#tracked.set(proxy, rec);
    this.#records.add(rec);
    return proxy;
  }

  getCalls(tracked) {
    return this.#record(tracked).calls.slice();
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const rec of this.#records) rec.calls = [];
      return;
    }
    this.#record(tracked).calls = [];
  }

  report() {
    const out = [];
    for (const rec of this.#records) {
      const actual = rec.calls.length;
      if (actual === rec.expected) continue;
      out.push({
        message: `Expected the ${rec.name} function to be executed ` +
          `${rec.expected} time(s) but was executed ${actual} time(s).`,
        actual,
        expected: rec.expected,
        operator: rec.name,
        stack: rec.stack,
      });
    }
    return out;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;

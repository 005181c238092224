// eddy: helpers for JS tests, with the names node's test/common uses
// (mustCall, mustNotCall, mustSucceed, expectsError). Tests run under both
// eddy and node, so this file uses only public APIs.
'use strict';

const assert = require('assert');

const pending = [];

function checkPending() {
  for (const { name, expected, actual, stack } of pending) {
    if (actual() !== expected()) {
      process.stderr.write(`Mismatched ${name} function calls. Expected ${expected()}, actual ${actual()}.\n${stack}\n`);
      process.exitCode = 1;
    }
  }
}

let installed = false;
function track(entry) {
  if (!installed) {
    installed = true;
    process.on('exit', checkPending);
  }
  pending.push(entry);
}

function mustCall(fn, exact = 1) {
  if (typeof fn === 'number') {
    exact = fn;
    fn = () => {};
  } else if (fn === undefined) {
    fn = () => {};
  }
  let calls = 0;
  const stack = new Error().stack.split('\n').slice(2).join('\n');
  track({ name: fn.name || '<anonymous>', expected: () => exact, actual: () => calls, stack });
  return function mustCallWrapper(...args) {
    calls++;
    return fn.apply(this, args);
  };
}

function mustCallAtLeast(fn, minimum = 1) {
  if (typeof fn === 'number') {
    minimum = fn;
    fn = () => {};
  }
  let calls = 0;
  const stack = new Error().stack.split('\n').slice(2).join('\n');
  track({ name: fn.name || '<anonymous>', expected: () => minimum, actual: () => Math.min(calls, minimum), stack });
  return function mustCallAtLeastWrapper(...args) {
    calls++;
    return fn.apply(this, args);
  };
}

function mustNotCall(msg) {
  return function mustNotCall(...args) {
    assert.fail(`${msg || 'function should not have been called'} (called with ${args.length} arguments)`);
  };
}

function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, exact);
}

function expectsError(validator, exact) {
  return mustCall((...args) => {
    if (args.length !== 1) assert.fail(`Expected one argument, got ${args.length}`);
    assert.throws(() => { throw args[0]; }, validator);
  }, exact);
}

const isEddy = typeof process.versions.eddy === 'string';

module.exports = {
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustSucceed,
  expectsError,
  isEddy,
  platformTimeout: (ms) => ms,
};

'use strict';
// util.inspect prints the errors array of an AggregateError.
const assert = require('node:assert');
const util = require('node:util');

function withStack(err, stack) { err.stack = stack; return err; }

assert.strictEqual(
  util.inspect(withStack(new AggregateError([withStack(new Error('a'), 'Error: a'), 'two', { three: 3 }], 'agg'), 'AggregateError: agg')),
  "[AggregateError: agg] { [errors]: [ [Error: a], 'two', { three: 3 } ] }");
assert.strictEqual(
  util.inspect(withStack(new AggregateError([], 'none'), 'AggregateError: none\n    at h (i.js:1:1)')),
  'AggregateError: none\n' +
    '    at h (i.js:1:1) {\n' +
    '  [errors]: []\n' +
    '}');

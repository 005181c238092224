'use strict';
// util.inspect of arguments objects.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect((function() { return arguments; })(1, 2)),
  "[Arguments] { '0': 1, '1': 2 }");
assert.strictEqual(
  util.inspect((function() { return arguments; })()),
  '[Arguments] {}');
assert.strictEqual(
  util.inspect({ args: (function() { return arguments; })({ a: 1 }, [2]) }),
  "{ args: [Arguments] { '0': { a: 1 }, '1': [ 2 ] } }");

'use strict';
// util.format %j uses JSON.stringify and prints [Circular] for cycles.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.format('%j', { a: [1, 'b'] }),
  '{"a":[1,"b"]}');
assert.strictEqual(
  util.format('%j', (() => { const o = {}; o.o = o; return o; })()),
  '[Circular]');
assert.strictEqual(
  util.format('%j', undefined),
  'undefined');
assert.strictEqual(
  util.format('%j', 'str'),
  '"str"');
assert.strictEqual(
  (() => { try { return util.format('%j', 1n); } catch (e) { return e.name; } })(),
  'TypeError');

'use strict';
// util.formatWithOptions passes inspect options and validates its first argument.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.formatWithOptions({ colors: true }, '%s %d %O', { a: 1 }, 5, [1]),
  '{ a: 1 } 5 [ \u001b[33m1\u001b[39m ]');
assert.strictEqual(
  util.formatWithOptions({ numericSeparator: true }, '%d %i %f %s', 1234567, 1234567.8, 1234.5678, 1234567),
  '1_234_567 1_234_567 1_234.567_8 1_234_567');
assert.strictEqual(
  util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }),
  '{ a: [Object] }');
assert.strictEqual(
  util.formatWithOptions({ compact: false }, '%O', { a: 1 }),
  '{\n  a: 1\n}');
assert.strictEqual(
  util.formatWithOptions([], 'a', { b: 1 }),
  'a { b: 1 }');
assert.strictEqual(
  (() => { try { util.formatWithOptions(null, 'a'); return 'no throw'; } catch (e) { return e.code + ': ' + e.message; } })(),
  'ERR_INVALID_ARG_TYPE: The "inspectOptions" argument must be of type object. Received null');
assert.strictEqual(
  (() => { try { util.formatWithOptions('x', 'a'); return 'no throw'; } catch (e) { return e.code + ': ' + e.message; } })(),
  "ERR_INVALID_ARG_TYPE: The \"inspectOptions\" argument must be of type object. Received type string ('x')");

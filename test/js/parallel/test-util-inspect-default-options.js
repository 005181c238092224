'use strict';
// util.inspect.defaultOptions can be read and assigned.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  JSON.stringify(util.inspect.defaultOptions),
  '{"showHidden":false,"depth":2,"colors":false,"customInspect":true,"showProxy":false,"maxArrayLength":100,"maxStringLength":10000,"breakLength":80,"compact":3,"sorted":false,"getters":false,"numericSeparator":false}');
assert.strictEqual(
  String(Object.isSealed(util.inspect.defaultOptions)),
  'true');
assert.strictEqual(
  (() => { const old = { ...util.inspect.defaultOptions }; util.inspect.defaultOptions = { depth: 0, compact: false }; try { return util.inspect({ a: { b: 1 } }) + '|' + util.format('%O', { a: { b: 1 } }); } finally { util.inspect.defaultOptions = old; } })(),
  '{\n  a: [Object]\n}|{\n  a: [Object]\n}');
assert.strictEqual(
  (() => { try { util.inspect.defaultOptions = null; return 'no throw'; } catch (e) { return e.code + ': ' + e.message; } })(),
  'ERR_INVALID_ARG_TYPE: The "options" argument must be of type object. Received null');
assert.strictEqual(
  (() => { util.inspect.defaultOptions.maxArrayLength = 2; try { return util.inspect([1, 2, 3]); } finally { util.inspect.defaultOptions.maxArrayLength = 100; } })(),
  '[ 1, 2, ... 1 more item ]');

'use strict';
// util.inspect(value, showHidden, depth, colors) legacy signature and the stylize option.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect([1], true),
  '[ 1, [length]: 1 ]');
assert.strictEqual(
  util.inspect({ a: { b: { c: { d: {} } } } }, false, 0),
  '{ a: [Object] }');
assert.strictEqual(
  util.inspect({ a: 1 }, false, undefined, true),
  '{ a: \u001b[33m1\u001b[39m }');
assert.strictEqual(
  util.inspect({ a: { b: 1 } }, true, 0, true),
  '{ a: \u001b[36m[Object]\u001b[39m }');
assert.strictEqual(
  util.inspect({ a: 1, b: 'x' }, { stylize: (s, t) => `<${t}:${s}>` }),
  "{ <name:a>: <number:1>, <name:b>: <string:'x'> }");

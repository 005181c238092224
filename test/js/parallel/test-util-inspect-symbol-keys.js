'use strict';
// util.inspect of symbol-keyed properties.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect({ [Symbol('s')]: 1, [Symbol()]: 2, [Symbol('a\nb')]: 3, x: 1 }),
  '{ x: 1, [Symbol(s)]: 1, [Symbol()]: 2, [Symbol(a\\nb)]: 3 }');
assert.strictEqual(
  util.inspect(Object.defineProperty({}, Symbol('hidden'), { value: 1 })),
  '{}');
assert.strictEqual(
  util.inspect(Object.defineProperty({}, Symbol('hidden'), { value: 1 }), { showHidden: true }),
  '{ [Symbol(hidden)]: 1 }');
assert.strictEqual(
  util.inspect({ [Symbol.iterator]: 1 }),
  '{ [Symbol(Symbol.iterator)]: 1 }');
assert.strictEqual(
  util.inspect({ [Symbol.for('reg')]: [1, 2] }),
  '{ [Symbol(reg)]: [ 1, 2 ] }');

'use strict';
// util.inspect of boxed primitives.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect(new Number(3)),
  '[Number: 3]');
assert.strictEqual(
  util.inspect(new Number(-0)),
  '[Number: -0]');
assert.strictEqual(
  util.inspect(new String('abc')),
  "[String: 'abc']");
assert.strictEqual(
  util.inspect(new Boolean(false)),
  '[Boolean: false]');
assert.strictEqual(
  util.inspect(Object(5n)),
  '[BigInt: 5n]');
assert.strictEqual(
  util.inspect(Object(Symbol('s'))),
  '[Symbol: Symbol(s)]');
assert.strictEqual(
  util.inspect((() => { const s = new String('ab'); s.x = 1; return s; })()),
  "[String: 'ab'] { x: 1 }");
assert.strictEqual(
  util.inspect((() => { class MyNumber extends Number {} return new MyNumber(1); })()),
  '[Number (MyNumber): 1]');
assert.strictEqual(
  util.inspect(Object.setPrototypeOf(new String('x'), null)),
  "[String (null prototype): 'x']");
assert.strictEqual(
  util.inspect(new String('abc'), { showHidden: true }),
  "[String: 'abc'] { [length]: 3 }");

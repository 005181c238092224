'use strict';
// util.inspect of primitive values: numbers (-0), bigint, booleans, undefined, null, symbols.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect(0),
  '0');
assert.strictEqual(
  util.inspect(-0),
  '-0');
assert.strictEqual(
  util.inspect(1.5),
  '1.5');
assert.strictEqual(
  util.inspect(-1),
  '-1');
assert.strictEqual(
  util.inspect(NaN),
  'NaN');
assert.strictEqual(
  util.inspect(Infinity),
  'Infinity');
assert.strictEqual(
  util.inspect(-Infinity),
  '-Infinity');
assert.strictEqual(
  util.inspect(1e21),
  '1e+21');
assert.strictEqual(
  util.inspect(1e-7),
  '1e-7');
assert.strictEqual(
  util.inspect(0.1 + 0.2),
  '0.30000000000000004');
assert.strictEqual(
  util.inspect(2 ** 53),
  '9007199254740992');
assert.strictEqual(
  util.inspect(123n),
  '123n');
assert.strictEqual(
  util.inspect(-0n),
  '0n');
assert.strictEqual(
  util.inspect(12345678901234567890n),
  '12345678901234567890n');
assert.strictEqual(
  util.inspect(true),
  'true');
assert.strictEqual(
  util.inspect(false),
  'false');
assert.strictEqual(
  util.inspect(undefined),
  'undefined');
assert.strictEqual(
  util.inspect(null),
  'null');
assert.strictEqual(
  util.inspect(Symbol()),
  'Symbol()');
assert.strictEqual(
  util.inspect(Symbol('foo')),
  'Symbol(foo)');
assert.strictEqual(
  util.inspect(Symbol.iterator),
  'Symbol(Symbol.iterator)');
assert.strictEqual(
  util.inspect(Symbol.for('registered')),
  'Symbol(registered)');
assert.strictEqual(
  util.inspect(Symbol('a\nb')),
  'Symbol(a\nb)');
assert.strictEqual(
  util.inspect([0, -0, 0n]),
  '[ 0, -0, 0n ]');

'use strict';
// util.format %s: strings, numbers (-0), bigint, symbols, objects with and without own toString.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.format('%s', 'str'),
  'str');
assert.strictEqual(
  util.format('%s', 42),
  '42');
assert.strictEqual(
  util.format('%s', -0),
  '-0');
assert.strictEqual(
  util.format('%s', 42n),
  '42n');
assert.strictEqual(
  util.format('%s', Symbol('s')),
  'Symbol(s)');
assert.strictEqual(
  util.format('%s', null),
  'null');
assert.strictEqual(
  util.format('%s', undefined),
  'undefined');
assert.strictEqual(
  util.format('%s', { a: 1 }),
  '{ a: 1 }');
assert.strictEqual(
  util.format('%s', { a: { b: { c: 1 } } }),
  '{ a: [Object] }');
assert.strictEqual(
  util.format('%s', [1, [2, [3]]]),
  '[ 1, [Array] ]');
assert.strictEqual(
  util.format('%s', { toString() { return 'custom'; } }),
  'custom');
assert.strictEqual(
  util.format('%s', new (class A { toString() { return 'A'; } })()),
  'A');
assert.strictEqual(
  util.format('%s', new (class B {})()),
  'B {}');
assert.strictEqual(
  util.format('%s', new Date(0)),
  '1970-01-01T00:00:00.000Z');
assert.strictEqual(
  util.format('%s', function f() {}),
  'function f() {}');
assert.strictEqual(
  util.format('%s', Object.create(null)),
  '[Object: null prototype] {}');
assert.strictEqual(
  util.format('%s', { [Symbol.toPrimitive]() { return 'prim'; } }),
  'prim');
assert.strictEqual(
  util.format('%s', new Map([[1, 2]])),
  'Map(1) { 1 => 2 }');
assert.strictEqual(
  util.format('%s', new (class extends Date {})(0)),
  '1970-01-01T00:00:00.000Z');
assert.strictEqual(
  util.format('%s', new Number(3)),
  '[Number: 3]');
assert.strictEqual(
  util.format('%s', 'x'.repeat(100)),
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');

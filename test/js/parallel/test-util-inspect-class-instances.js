'use strict';
// util.inspect of class instances and objects with unusual prototypes.
const assert = require('node:assert');
const util = require('node:util');

class Foo { constructor() { this.a = 1; } }
class Bar extends Foo { constructor() { super(); this.b = 2; } }
class Empty {}
class WithGetter { get x() { return 1; } }

assert.strictEqual(
  util.inspect(new Foo()),
  'Foo { a: 1 }');
assert.strictEqual(
  util.inspect(new Bar()),
  'Bar { a: 1, b: 2 }');
assert.strictEqual(
  util.inspect(new Empty()),
  'Empty {}');
assert.strictEqual(
  util.inspect(new (class {})()),
  '{}');
assert.strictEqual(
  util.inspect(new WithGetter()),
  'WithGetter {}');
assert.strictEqual(
  util.inspect(Object.create({ a: 1 })),
  '{}');
assert.strictEqual(
  util.inspect((() => { const o = { a: 1 }; o.constructor = 'x'; return o; })()),
  "{ a: 1, constructor: 'x' }");
assert.strictEqual(
  util.inspect((() => { class A {} A.prototype.constructor = null; return new A(); })()),
  '{}');
assert.strictEqual(
  util.inspect(Object.setPrototypeOf({ a: 1 }, Array.prototype)),
  'Array { a: 1 }');
assert.strictEqual(
  util.inspect({ nested: { deeper: { foo: new Foo() } } }),
  '{ nested: { deeper: { foo: [Foo] } } }');

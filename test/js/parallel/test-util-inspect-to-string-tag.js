'use strict';
// util.inspect shows a non-own Symbol.toStringTag next to the constructor name.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect({ [Symbol.toStringTag]: 'Tagged', a: 1 }),
  "{ a: 1, [Symbol(Symbol.toStringTag)]: 'Tagged' }");
assert.strictEqual(
  util.inspect((() => { class Foo { get [Symbol.toStringTag]() { return 'Bar'; } } return new Foo(); })()),
  'Foo [Bar] {}');
assert.strictEqual(
  util.inspect(Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'X' })),
  'Object [X] { a: 1 }');
assert.strictEqual(
  util.inspect(Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'X' }), { showHidden: true }),
  "{ a: 1, [Symbol(Symbol.toStringTag)]: 'X' }");
assert.strictEqual(
  util.inspect((() => { class Foo { get [Symbol.toStringTag]() { return 'Foo'; } } return new Foo(); })()),
  'Foo {}');

'use strict';
// util.inspect showHidden option shows non-enumerable properties and array lengths.
const assert = require('node:assert');
const util = require('node:util');

class Parent { constructor() { this.own = 1; } }
Parent.prototype.protoProp = 2;
class Child extends Parent {}
Child.prototype.childProp = { x: 1 };

assert.strictEqual(
  util.inspect([1, 2, 3], true),
  '[ 1, 2, 3, [length]: 3 ]');
assert.strictEqual(
  util.inspect([], { showHidden: true }),
  '[ [length]: 0 ]');
assert.strictEqual(
  util.inspect(Object.defineProperty({ a: 1 }, 'hidden', { value: 2 }), { showHidden: true }),
  '{ a: 1, [hidden]: 2 }');
assert.strictEqual(
  util.inspect(Object.defineProperty({ a: 1 }, 'hidden', { value: 2 })),
  '{ a: 1 }');
assert.strictEqual(
  util.inspect(new Child(), { showHidden: true }),
  'Child { own: 1, childProp: { x: 1 }, protoProp: 2 }');
assert.strictEqual(
  util.inspect(new Map([[1, 2]]), { showHidden: true }),
  'Map(1) { 1 => 2 }');
assert.strictEqual(
  util.inspect(function strictFn(a, b) {}, { showHidden: true }),
  '<ref *1> [Function: strictFn] {\n' +
    '  [length]: 2,\n' +
    "  [name]: 'strictFn',\n" +
    '  [prototype]: { [constructor]: [Circular *1] }\n' +
    '}');
assert.strictEqual(
  util.inspect(new Function('return function sloppyFn() {}')(), { showHidden: true }),
  '<ref *1> [Function: sloppyFn] {\n' +
    '  [length]: 0,\n' +
    "  [name]: 'sloppyFn',\n" +
    '  [arguments]: null,\n' +
    '  [caller]: null,\n' +
    '  [prototype]: { [constructor]: [Circular *1] }\n' +
    '}');
assert.strictEqual(
  util.inspect(Object.assign(() => {}, { extra: 1 }), { showHidden: true }),
  "[Function (anonymous)] { [length]: 0, [name]: '', extra: 1 }");
assert.strictEqual(
  util.inspect(class WithStatic { static s = 1; }, { showHidden: true }),
  '<ref *1> [class WithStatic] {\n' +
    '  [length]: 0,\n' +
    "  [name]: 'WithStatic',\n" +
    '  [prototype]: { [constructor]: [Circular *1] },\n' +
    '  s: 1\n' +
    '}');

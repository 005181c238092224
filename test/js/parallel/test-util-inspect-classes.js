'use strict';
// util.inspect of classes.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect(class A {}),
  '[class A]');
assert.strictEqual(
  util.inspect((() => class {})()),
  '[class (anonymous)]');
assert.strictEqual(
  util.inspect((() => { class A {} return class B extends A {}; })()),
  '[class B extends A]');
assert.strictEqual(
  util.inspect(class N extends null {}),
  '[class N]');
assert.strictEqual(
  util.inspect(class M extends Map {}),
  '[class M extends Map]');
assert.strictEqual(
  util.inspect(class S { static x = 1; static y = 'a'; }),
  "[class S] { x: 1, y: 'a' }");
assert.strictEqual(
  util.inspect(class /* comment */ K {}),
  '[class K]');
assert.strictEqual(
  util.inspect(Map),
  '[Function: Map]');
assert.strictEqual(
  util.inspect({ cls: class Inner {} }),
  '{ cls: [class Inner] }');

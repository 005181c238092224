'use strict';
// util.inspect of functions: names, kinds, anonymous, extra properties.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect(function f() {}),
  '[Function: f]');
assert.strictEqual(
  util.inspect((() => function() {})()),
  '[Function (anonymous)]');
assert.strictEqual(
  util.inspect(() => {}),
  '[Function (anonymous)]');
assert.strictEqual(
  util.inspect((() => { const g = () => {}; return g; })()),
  '[Function: g]');
assert.strictEqual(
  util.inspect(async function af() {}),
  '[AsyncFunction: af]');
assert.strictEqual(
  util.inspect(function* g() {}),
  '[GeneratorFunction: g]');
assert.strictEqual(
  util.inspect(async function* ag() {}),
  '[AsyncGeneratorFunction: ag]');
assert.strictEqual(
  util.inspect(async () => {}),
  '[AsyncFunction (anonymous)]');
assert.strictEqual(
  util.inspect(function f() {}.bind(null)),
  '[Function: bound f]');
assert.strictEqual(
  util.inspect(Math.max),
  '[Function: max]');
assert.strictEqual(
  util.inspect(Object.assign(function f() {}, { a: 1, b: { c: 2 } })),
  '[Function: f] { a: 1, b: { c: 2 } }');
assert.strictEqual(
  util.inspect(Object.setPrototypeOf(function f() {}, null)),
  '[Function (null prototype): f]');
assert.strictEqual(
  util.inspect({ m() {}, async am() {}, *gm() {}, ['computed' + 1]() {} }),
  '{\n' +
    '  m: [Function: m],\n' +
    '  am: [AsyncFunction: am],\n' +
    '  gm: [GeneratorFunction: gm],\n' +
    '  computed1: [Function: computed1]\n' +
    '}');
assert.strictEqual(
  util.inspect(Object.defineProperty(function() {}, 'name', { value: 'custom' })),
  '[Function: custom]');

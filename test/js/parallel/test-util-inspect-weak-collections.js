'use strict';
// util.inspect of WeakMap and WeakSet shows <items unknown>, or the live entries with showHidden.
const assert = require('node:assert');
const util = require('node:util');

const key = { k: 1 };
const other = [2];
const ws = new WeakSet([key, other]);
const wm = new WeakMap([[key, 'v'], [other, { deep: { er: {} } }]]);

assert.strictEqual(
  util.inspect(ws, { showHidden: true }),
  'WeakSet { [ 2, [length]: 1 ], { k: 1 } }');
assert.strictEqual(
  util.inspect(wm, { showHidden: true }),
  "WeakMap { [ 2, [length]: 1 ] => { deep: { er: {} } }, { k: 1 } => 'v' }");
assert.strictEqual(
  util.inspect(ws),
  'WeakSet { <items unknown> }');
assert.strictEqual(
  util.inspect(new WeakSet(), { showHidden: true }),
  'WeakSet {  }');
assert.strictEqual(
  util.inspect(new WeakMap([[{}, 1]])),
  'WeakMap { <items unknown> }');
assert.strictEqual(
  util.inspect(new WeakSet([{}])),
  'WeakSet { <items unknown> }');
assert.strictEqual(
  util.inspect((() => { const w = new WeakMap(); w.x = 1; return w; })()),
  'WeakMap { <items unknown>, x: 1 }');
assert.strictEqual(
  util.inspect({ w: new WeakSet() }),
  '{ w: WeakSet { <items unknown> } }');

'use strict';
// util.inspect sorted option sorts keys (and Map/Set entries).
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect({ c: 1, a: 2, b: 3 }, { sorted: true }),
  '{ a: 2, b: 3, c: 1 }');
assert.strictEqual(
  util.inspect({ c: 1, a: 2, b: 3 }, { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) }),
  '{ c: 1, b: 3, a: 2 }');
assert.strictEqual(
  util.inspect(new Map([['c', 1], ['a', 2]]), { sorted: true }),
  "Map(2) { 'a' => 2, 'c' => 1 }");
assert.strictEqual(
  util.inspect(new Set([3, 1, 2]), { sorted: true }),
  'Set(3) { 1, 2, 3 }');
assert.strictEqual(
  util.inspect(Object.assign([3, 1, 2], { z: 1, y: 2 }), { sorted: true }),
  '[ 3, 1, 2, y: 2, z: 1 ]');

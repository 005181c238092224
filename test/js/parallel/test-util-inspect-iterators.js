'use strict';
// util.inspect of Map and Set iterators shows the remaining entries.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect(new Map([[1, 'a'], [2, 'b']]).entries()),
  "[Map Entries] { [ 1, 'a' ], [ 2, 'b' ] }");
assert.strictEqual(
  util.inspect(new Map([[1, 'a'], [2, 'b']]).keys()),
  '[Map Iterator] { 1, 2 }');
assert.strictEqual(
  util.inspect(new Map([[1, 'a'], [2, 'b']]).values()),
  "[Map Iterator] { 'a', 'b' }");
assert.strictEqual(
  util.inspect(new Set([1, 2, 3]).values()),
  '[Set Iterator] { 1, 2, 3 }');
assert.strictEqual(
  util.inspect(new Set([1, 2]).entries()),
  '[Set Entries] { [ 1, 1 ], [ 2, 2 ] }');
assert.strictEqual(
  util.inspect((() => { const it = new Map([[1, 'a'], [2, 'b']]).keys(); it.next(); return it; })()),
  '[Map Iterator] { 2 }');
assert.strictEqual(
  util.inspect(new Map().entries()),
  '[Map Entries] {  }');
assert.strictEqual(
  util.inspect(new Set(Array.from({ length: 5 }, (_, i) => i)).values(), { maxArrayLength: 2 }),
  '[Set Iterator] { 0, 1, ... 3 more items }');

'use strict';
// util.inspect maxArrayLength option applies to arrays, typed arrays, Maps, Sets and buffers.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect([1, 2, 3, 4, 5], { maxArrayLength: 3 }),
  '[ 1, 2, 3, ... 2 more items ]');
assert.strictEqual(
  util.inspect([1, 2, 3], { maxArrayLength: 0 }),
  '[ ... 3 more items ]');
assert.strictEqual(
  util.inspect([1, 2], { maxArrayLength: 1 }),
  '[ 1, ... 1 more item ]');
assert.strictEqual(
  util.inspect(Array.from({ length: 150 }, () => 1), { maxArrayLength: null }),
  '[\n' +
    '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
    '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
    '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
    '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
    '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
    '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
    '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
    '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
    '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
    '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
    '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
    '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
    '  1, 1, 1, 1, 1, 1\n' +
    ']');
assert.strictEqual(
  util.inspect([1, 2, 3], { maxArrayLength: -1 }),
  '[ ... 3 more items ]');
assert.strictEqual(
  util.inspect(new Uint8Array(10), { maxArrayLength: 2 }),
  'Uint8Array(10) [ 0, 0, ... 8 more items ]');
assert.strictEqual(
  util.inspect(new Set([1, 2, 3]), { maxArrayLength: 1 }),
  'Set(3) { 1, ... 2 more items }');
assert.strictEqual(
  util.inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }),
  'Map(2) { 1 => 2, ... 1 more item }');
assert.strictEqual(
  util.inspect([1, , 3, , 5], { maxArrayLength: 2 }),
  '[ 1, <1 empty item>, ... 3 more items ]');

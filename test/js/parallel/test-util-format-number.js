'use strict';
// util.format %d, %i and %f.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.format('%d', 42),
  '42');
assert.strictEqual(
  util.format('%d', '42'),
  '42');
assert.strictEqual(
  util.format('%d', 42n),
  '42n');
assert.strictEqual(
  util.format('%d', Symbol()),
  'NaN');
assert.strictEqual(
  util.format('%d', {}),
  'NaN');
assert.strictEqual(
  util.format('%d', -0),
  '-0');
assert.strictEqual(
  util.format('%d', '0x10'),
  '16');
assert.strictEqual(
  util.format('%d', 1.5),
  '1.5');
assert.strictEqual(
  util.format('%d', null),
  '0');
assert.strictEqual(
  util.format('%d', []),
  '0');
assert.strictEqual(
  util.format('%i', 42.9),
  '42');
assert.strictEqual(
  util.format('%i', '42.9abc'),
  '42');
assert.strictEqual(
  util.format('%i', 42n),
  '42n');
assert.strictEqual(
  util.format('%i', Symbol()),
  'NaN');
assert.strictEqual(
  util.format('%i', -0.5),
  '-0');
assert.strictEqual(
  util.format('%i', 'abc'),
  'NaN');
assert.strictEqual(
  util.format('%f', '1.5e3'),
  '1500');
assert.strictEqual(
  util.format('%f', Symbol()),
  'NaN');
assert.strictEqual(
  util.format('%f', 'x'),
  'NaN');
assert.strictEqual(
  util.format('%f', -0),
  '0');
assert.strictEqual(
  util.format('%d %i %f', 1, 2, 3),
  '1 2 3');

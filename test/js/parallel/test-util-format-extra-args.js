'use strict';
// util.format appends extra arguments with spaces, inspecting non-strings.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.format('%s', 'a', 'b', { c: 1 }),
  'a b { c: 1 }');
assert.strictEqual(
  util.format('%s:%s', 'a', 'b', 'c'),
  'a:b c');
assert.strictEqual(
  util.format('foo'),
  'foo');
assert.strictEqual(
  util.format('foo', 'bar'),
  'foo bar');
assert.strictEqual(
  util.format(1, 2, 3),
  '1 2 3');
assert.strictEqual(
  util.format({ a: 1 }, 'b'),
  '{ a: 1 } b');
assert.strictEqual(
  util.format(),
  '');
assert.strictEqual(
  util.format('a\nb', { c: 1 }),
  'a\nb { c: 1 }');
assert.strictEqual(
  util.format(Symbol('s'), 1),
  'Symbol(s) 1');
assert.strictEqual(
  util.format('%s', 1, [2], 'x'.repeat(5)),
  '1 [ 2 ] xxxxx');
assert.strictEqual(
  util.format(new Map([[1, 2]]), -0, 5n),
  'Map(1) { 1 => 2 } -0 5n');

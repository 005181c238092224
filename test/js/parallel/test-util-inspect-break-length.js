'use strict';
// util.inspect breakLength option.
const assert = require('node:assert');
const util = require('node:util');

const value = { alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: [1, 2, 3] };

assert.strictEqual(
  util.inspect(value),
  '{\n' +
    "  alpha: 'aaaaaaaaaa',\n" +
    "  beta: 'bbbbbbbbbb',\n" +
    "  gamma: 'cccccccccc',\n" +
    '  delta: [ 1, 2, 3 ]\n' +
    '}');
assert.strictEqual(
  util.inspect(value, { breakLength: 40 }),
  '{\n' +
    "  alpha: 'aaaaaaaaaa',\n" +
    "  beta: 'bbbbbbbbbb',\n" +
    "  gamma: 'cccccccccc',\n" +
    '  delta: [ 1, 2, 3 ]\n' +
    '}');
assert.strictEqual(
  util.inspect(value, { breakLength: Infinity }),
  "{ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: [ 1, 2, 3 ] }");
assert.strictEqual(
  util.inspect(value, { breakLength: 200 }),
  "{ alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: [ 1, 2, 3 ] }");
assert.strictEqual(
  util.inspect(value, { breakLength: 0 }),
  '{\n' +
    "  alpha: 'aaaaaaaaaa',\n" +
    "  beta: 'bbbbbbbbbb',\n" +
    "  gamma: 'cccccccccc',\n" +
    '  delta: [\n' +
    '    1,\n' +
    '    2,\n' +
    '    3\n' +
    '  ]\n' +
    '}');
assert.strictEqual(
  util.inspect({ a: 'x'.repeat(60), b: 1 }),
  '{\n' +
    "  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n" +
    '  b: 1\n' +
    '}');
assert.strictEqual(
  util.inspect({ a: 'x'.repeat(56), b: 1 }),
  "{ a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', b: 1 }");
assert.strictEqual(
  util.inspect(Array.from({ length: 12 }, (_, i) => ({ k: i }))),
  '[\n' +
    '  { k: 0 },  { k: 1 },\n' +
    '  { k: 2 },  { k: 3 },\n' +
    '  { k: 4 },  { k: 5 },\n' +
    '  { k: 6 },  { k: 7 },\n' +
    '  { k: 8 },  { k: 9 },\n' +
    '  { k: 10 }, { k: 11 }\n' +
    ']');

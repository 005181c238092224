'use strict';
// util.inspect of plain objects: key quoting, nesting, line breaking.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect({}),
  '{}');
assert.strictEqual(
  util.inspect({ a: 1 }),
  '{ a: 1 }');
assert.strictEqual(
  util.inspect({ a: 1, b: 'two', c: [3], d: { e: null } }),
  "{ a: 1, b: 'two', c: [ 3 ], d: { e: null } }");
assert.strictEqual(
  util.inspect({ 'a-b': 1, 'c d': 2, 3: 4, "it's": 5, 'a\nb': 6, '': 7, _x1: 8, $y: 9 }),
  '{\n' +
    "  '3': 4,\n" +
    "  'a-b': 1,\n" +
    "  'c d': 2,\n" +
    "  \"it's\": 5,\n" +
    "  'a\\nb': 6,\n" +
    "  '': 7,\n" +
    '  _x1: 8,\n' +
    "  '$y': 9\n" +
    '}');
assert.strictEqual(
  util.inspect({ ['__proto__']: 1 }),
  "{ ['__proto__']: 1 }");
assert.strictEqual(
  util.inspect({ a: undefined, b: function() {}, c: () => {} }),
  '{ a: undefined, b: [Function: b], c: [Function: c] }');
assert.strictEqual(
  util.inspect((() => { const o = {}; for (let i = 0; i < 12; i++) o['key' + i] = 'value' + i; return o; })()),
  '{\n' +
    "  key0: 'value0',\n" +
    "  key1: 'value1',\n" +
    "  key2: 'value2',\n" +
    "  key3: 'value3',\n" +
    "  key4: 'value4',\n" +
    "  key5: 'value5',\n" +
    "  key6: 'value6',\n" +
    "  key7: 'value7',\n" +
    "  key8: 'value8',\n" +
    "  key9: 'value9',\n" +
    "  key10: 'value10',\n" +
    "  key11: 'value11'\n" +
    '}');
assert.strictEqual(
  util.inspect({ aaaaaaaaaa: 'bbbbbbbbbbbbbbbbbb', cccccccccccc: 'ddddddddddddddddddd', eeeeeeeeeeeee: 'fffff' }),
  '{\n' +
    "  aaaaaaaaaa: 'bbbbbbbbbbbbbbbbbb',\n" +
    "  cccccccccccc: 'ddddddddddddddddddd',\n" +
    "  eeeeeeeeeeeee: 'fffff'\n" +
    '}');
assert.strictEqual(
  util.inspect({ a: { x: 1 }, b: { y: 2 }, c: { z: 3 }, d: { w: 4 }, e: { v: 5 } }),
  '{ a: { x: 1 }, b: { y: 2 }, c: { z: 3 }, d: { w: 4 }, e: { v: 5 } }');
assert.strictEqual(
  util.inspect({ length: 2, 0: 'a', 1: 'b' }),
  "{ '0': 'a', '1': 'b', length: 2 }");

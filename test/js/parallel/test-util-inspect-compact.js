'use strict';
// util.inspect compact option (default 3, false, true, numbers).
const assert = require('node:assert');
const util = require('node:util');

const value = { a: [1, 2, { b: 3 }], c: 'x'.repeat(40), d: { e: { f: 'g' } }, h: new Map([[1, { i: 2 }]]) };

assert.strictEqual(
  util.inspect(value),
  '{\n' +
    '  a: [ 1, 2, { b: 3 } ],\n' +
    "  c: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n" +
    "  d: { e: { f: 'g' } },\n" +
    '  h: Map(1) { 1 => { i: 2 } }\n' +
    '}');
assert.strictEqual(
  util.inspect(value, { compact: false }),
  '{\n' +
    '  a: [\n' +
    '    1,\n' +
    '    2,\n' +
    '    {\n' +
    '      b: 3\n' +
    '    }\n' +
    '  ],\n' +
    "  c: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n" +
    '  d: {\n' +
    '    e: {\n' +
    "      f: 'g'\n" +
    '    }\n' +
    '  },\n' +
    '  h: Map(1) {\n' +
    '    1 => {\n' +
    '      i: 2\n' +
    '    }\n' +
    '  }\n' +
    '}');
assert.strictEqual(
  util.inspect(value, { compact: true }),
  '{ a: [ 1, 2, { b: 3 } ],\n' +
    "  c: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n" +
    "  d: { e: { f: 'g' } },\n" +
    '  h: Map(1) { 1 => { i: 2 } } }');
assert.strictEqual(
  util.inspect(value, { compact: 1 }),
  '{\n' +
    '  a: [\n' +
    '    1,\n' +
    '    2,\n' +
    '    { b: 3 }\n' +
    '  ],\n' +
    "  c: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n" +
    '  d: {\n' +
    "    e: { f: 'g' }\n" +
    '  },\n' +
    '  h: Map(1) {\n' +
    '    1 => { i: 2 }\n' +
    '  }\n' +
    '}');
assert.strictEqual(
  util.inspect(value, { compact: 5 }),
  '{\n' +
    '  a: [ 1, 2, { b: 3 } ],\n' +
    "  c: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n" +
    "  d: { e: { f: 'g' } },\n" +
    '  h: Map(1) { 1 => { i: 2 } }\n' +
    '}');
assert.strictEqual(
  util.inspect(value, { compact: 0 }),
  '{\n' +
    '  a: [\n' +
    '    1,\n' +
    '    2,\n' +
    '    {\n' +
    '      b: 3\n' +
    '    }\n' +
    '  ],\n' +
    "  c: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n" +
    '  d: {\n' +
    '    e: {\n' +
    "      f: 'g'\n" +
    '    }\n' +
    '  },\n' +
    '  h: Map(1) {\n' +
    '    1 => {\n' +
    '      i: 2\n' +
    '    }\n' +
    '  }\n' +
    '}');
assert.strictEqual(
  util.inspect({ a: { b: { c: {} } } }, { compact: false }),
  '{\n' +
    '  a: {\n' +
    '    b: {\n' +
    '      c: {}\n' +
    '    }\n' +
    '  }\n' +
    '}');
assert.strictEqual(
  util.inspect({ a: 'x'.repeat(100) }, { compact: true }),
  '{ a:\n' +
    "   'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' }");
assert.strictEqual(
  util.inspect([[1, 2], [3, 4]], { compact: false }),
  '[\n' +
    '  [\n' +
    '    1,\n' +
    '    2\n' +
    '  ],\n' +
    '  [\n' +
    '    3,\n' +
    '    4\n' +
    '  ]\n' +
    ']');
assert.strictEqual(
  util.inspect(new Set([[1], { a: 1 }]), { compact: true, breakLength: 10 }),
  'Set(2) {\n  [ 1 ],\n  { a: 1 } }');

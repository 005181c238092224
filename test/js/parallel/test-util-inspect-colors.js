'use strict';
// util.inspect with colors: true uses inspect.styles and inspect.colors.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect([1, 'a', null, undefined, true, 5n, Symbol('s'), new Date(0), /re/, () => {}], { colors: true }),
  '[\n' +
    '  \u001b[33m1\u001b[39m,\n' +
    "  \u001b[32m'a'\u001b[39m,\n" +
    '  \u001b[1mnull\u001b[22m,\n' +
    '  \u001b[90mundefined\u001b[39m,\n' +
    '  \u001b[33mtrue\u001b[39m,\n' +
    '  \u001b[33m5n\u001b[39m,\n' +
    '  \u001b[32mSymbol(s)\u001b[39m,\n' +
    '  \u001b[35m1970-01-01T00:00:00.000Z\u001b[39m,\n' +
    '  \u001b[31m/re/\u001b[39m,\n' +
    '  \u001b[36m[Function (anonymous)]\u001b[39m\n' +
    ']');
assert.strictEqual(
  util.inspect({ a: { b: { c: { d: 1 } } } }, { colors: true }),
  '{ a: { b: { c: \u001b[36m[Object]\u001b[39m } } }');
assert.strictEqual(
  util.inspect(Array.from({ length: 10 }, (_, i) => i), { colors: true }),
  '[\n' +
    '  \u001b[33m0\u001b[39m, \u001b[33m1\u001b[39m, \u001b[33m2\u001b[39m, \u001b[33m3\u001b[39m, \u001b[33m4\u001b[39m,\n' +
    '  \u001b[33m5\u001b[39m, \u001b[33m6\u001b[39m, \u001b[33m7\u001b[39m, \u001b[33m8\u001b[39m, \u001b[33m9\u001b[39m\n' +
    ']');
assert.strictEqual(
  util.inspect((() => { const o = {}; o.o = o; return o; })(), { colors: true }),
  '\u001b[36m<ref *1>\u001b[39m { o: \u001b[36m[Circular *1]\u001b[39m }');
assert.strictEqual(
  util.inspect(new Map([[1, { a: [] }]]), { colors: true }),
  'Map(1) { \u001b[33m1\u001b[39m => { a: [] } }');
assert.strictEqual(
  util.inspect([new Number(1), new String("s")], { colors: true }),
  "[ \u001b[33m[Number: 1]\u001b[39m, \u001b[32m[String: 's']\u001b[39m ]");
assert.strictEqual(
  util.inspect({ get a() { return 1; } }, { colors: true, getters: true }),
  '{ a: \u001b[36m[Getter:\u001b[39m \u001b[33m1\u001b[39m\u001b[36m]\u001b[39m }');
assert.strictEqual(
  util.inspect(Array.from({ length: 120 }, () => 0), { colors: true }),
  '[\n' +
    '  \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m,\n' +
    '  \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m,\n' +
    '  \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m,\n' +
    '  \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m,\n' +
    '  \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m,\n' +
    '  \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m,\n' +
    '  \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m,\n' +
    '  \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m,\n' +
    '  \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m, \u001b[33m0\u001b[39m,\n' +
    '  ... 20 more items\n' +
    ']');

'use strict';
// util.inspect depth option: nested values beyond depth print as [Object] / [Array] etc.
const assert = require('node:assert');
const util = require('node:util');

const deep = { a: { b: { c: { d: { e: 1 } } } }, arr: [[[[1]]]] };
class Foo { constructor() { this.x = 1; } }
const kinds = { a: { b: { o: { x: 1 }, arr: [1], map: new Map([[1, 2]]), set: new Set([1]), foo: new Foo(), np: Object.assign(Object.create(null), { x: 1 }), re: /x/, empty: {}, emptyArr: [] } } };

assert.strictEqual(
  util.inspect(deep),
  '{ a: { b: { c: [Object] } }, arr: [ [ [Array] ] ] }');
assert.strictEqual(
  util.inspect(deep, { depth: 0 }),
  '{ a: [Object], arr: [Array] }');
assert.strictEqual(
  util.inspect(deep, { depth: 1 }),
  '{ a: { b: [Object] }, arr: [ [Array] ] }');
assert.strictEqual(
  util.inspect(deep, { depth: null }),
  '{\n' +
    '  a: {\n' +
    '    b: { c: { d: { e: 1 } } }\n' +
    '  },\n' +
    '  arr: [\n' +
    '    [ [ [ 1 ] ] ]\n' +
    '  ]\n' +
    '}');
assert.strictEqual(
  util.inspect(deep, { depth: Infinity }),
  '{\n' +
    '  a: {\n' +
    '    b: { c: { d: { e: 1 } } }\n' +
    '  },\n' +
    '  arr: [\n' +
    '    [ [ [ 1 ] ] ]\n' +
    '  ]\n' +
    '}');
assert.strictEqual(
  util.inspect(deep, { depth: -1 }),
  '[Object]');
assert.strictEqual(
  util.inspect(kinds),
  '{\n' +
    '  a: {\n' +
    '    b: {\n' +
    '      o: [Object],\n' +
    '      arr: [Array],\n' +
    '      map: [Map],\n' +
    '      set: [Set],\n' +
    '      foo: [Foo],\n' +
    '      np: [Object: null prototype],\n' +
    '      re: /x/,\n' +
    '      empty: {},\n' +
    '      emptyArr: []\n' +
    '    }\n' +
    '  }\n' +
    '}');
assert.strictEqual(
  util.inspect(kinds, { depth: 3 }),
  '{\n' +
    '  a: {\n' +
    '    b: {\n' +
    '      o: { x: 1 },\n' +
    '      arr: [ 1 ],\n' +
    '      map: Map(1) { 1 => 2 },\n' +
    '      set: Set(1) { 1 },\n' +
    '      foo: Foo { x: 1 },\n' +
    '      np: [Object: null prototype] { x: 1 },\n' +
    '      re: /x/,\n' +
    '      empty: {},\n' +
    '      emptyArr: []\n' +
    '    }\n' +
    '  }\n' +
    '}');

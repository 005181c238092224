'use strict';
// util.inspect of accessor properties, with and without the getters option.
const assert = require('node:assert');
const util = require('node:util');

const obj = { get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {}, get d() { throw new Error('boom'); }, get e() { return { x: 1 }; }, get f() { return null; }, get g() { return 'str'; } };

assert.strictEqual(
  util.inspect(obj),
  '{\n' +
    '  a: [Getter],\n' +
    '  b: [Setter],\n' +
    '  c: [Getter/Setter],\n' +
    '  d: [Getter],\n' +
    '  e: [Getter],\n' +
    '  f: [Getter],\n' +
    '  g: [Getter]\n' +
    '}');
assert.strictEqual(
  util.inspect(obj, { getters: true }),
  '{\n' +
    '  a: [Getter: 1],\n' +
    '  b: [Setter],\n' +
    '  c: [Getter/Setter: 2],\n' +
    '  d: [Getter: <Inspection threw (boom)>],\n' +
    '  e: [Getter] { x: 1 },\n' +
    '  f: [Getter: null],\n' +
    "  g: [Getter: 'str']\n" +
    '}');
assert.strictEqual(
  util.inspect(obj, { getters: 'get' }),
  '{\n' +
    '  a: [Getter: 1],\n' +
    '  b: [Setter],\n' +
    '  c: [Getter/Setter],\n' +
    '  d: [Getter: <Inspection threw (boom)>],\n' +
    '  e: [Getter] { x: 1 },\n' +
    '  f: [Getter: null],\n' +
    "  g: [Getter: 'str']\n" +
    '}');
assert.strictEqual(
  util.inspect(obj, { getters: 'set' }),
  '{\n' +
    '  a: [Getter],\n' +
    '  b: [Setter],\n' +
    '  c: [Getter/Setter: 2],\n' +
    '  d: [Getter],\n' +
    '  e: [Getter],\n' +
    '  f: [Getter],\n' +
    '  g: [Getter]\n' +
    '}');
assert.strictEqual(
  util.inspect((() => { class A { constructor() { this._x = 5; } get x() { return this._x; } } return new A(); })(), { getters: true }),
  'A { _x: 5 }');

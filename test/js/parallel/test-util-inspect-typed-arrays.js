'use strict';
// util.inspect of typed arrays and DataView.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect(new Uint8Array([1, 2, 3])),
  'Uint8Array(3) [ 1, 2, 3 ]');
assert.strictEqual(
  util.inspect(new Uint8Array(0)),
  'Uint8Array(0) []');
assert.strictEqual(
  util.inspect(new Float64Array([1.5, -0, NaN, Infinity])),
  'Float64Array(4) [ 1.5, -0, NaN, Infinity ]');
assert.strictEqual(
  util.inspect(new BigInt64Array([1n, -2n])),
  'BigInt64Array(2) [ 1n, -2n ]');
assert.strictEqual(
  util.inspect(new Int32Array(150)),
  'Int32Array(150) [\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
    '  0, 0, 0, 0,\n' +
    '  ... 50 more items\n' +
    ']');
assert.strictEqual(
  util.inspect(new Uint8ClampedArray([255, 0])),
  'Uint8ClampedArray(2) [ 255, 0 ]');
assert.strictEqual(
  util.inspect((() => { const u = new Uint8Array(2); u.foo = 1; return u; })()),
  'Uint8Array(2) [ 0, 0, foo: 1 ]');
assert.strictEqual(
  util.inspect((() => { class Bytes extends Uint8Array {} return new Bytes(3); })()),
  'Bytes(3) [Uint8Array] [ 0, 0, 0 ]');
assert.strictEqual(
  util.inspect(Object.setPrototypeOf(new Uint16Array([1, 2]), null)),
  '[Uint16Array(2): null prototype] [ 1, 2 ]');
assert.strictEqual(
  util.inspect(new DataView(new ArrayBuffer(4), 1, 2)),
  'DataView {\n' +
    '  byteLength: 2,\n' +
    '  byteOffset: 1,\n' +
    '  buffer: ArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }\n' +
    '}');
assert.strictEqual(
  util.inspect(new Uint8Array([65, 97]), { showHidden: true }),
  'Uint8Array(2) [\n' +
    '  65,\n' +
    '  97,\n' +
    '  [BYTES_PER_ELEMENT]: 1,\n' +
    '  [length]: 2,\n' +
    '  [byteLength]: 2,\n' +
    '  [byteOffset]: 0,\n' +
    '  [buffer]: ArrayBuffer { byteLength: 2 }\n' +
    ']');
assert.strictEqual(
  util.inspect(new Float32Array([1, 2, 3, 4, 5, 6, 7, 8]), { numericSeparator: true }),
  'Float32Array(8) [\n' +
    '  1, 2, 3, 4,\n' +
    '  5, 6, 7, 8\n' +
    ']');

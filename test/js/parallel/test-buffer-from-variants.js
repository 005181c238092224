'use strict';
// Buffer.from accepts strings, arrays, array-likes, buffers, ArrayBuffers
// (with offset and length), {type: 'Buffer'} objects and objects whose
// valueOf or Symbol.toPrimitive give one of those; anything else throws.
const assert = require('node:assert');

assert.deepStrictEqual([...Buffer.from([1, 256, -1, 3.7, '4', 'x'])], [1, 0, 255, 3, 4, 0]);
assert.deepStrictEqual([...Buffer.from({ length: 2, 0: 7, 1: 300 })], [7, 44]);
assert.deepStrictEqual([...Buffer.from({ length: 'x' })], []);
assert.deepStrictEqual([...Buffer.from({ type: 'Buffer', data: [1, 2] })], [1, 2]);
assert.deepStrictEqual([...Buffer.from(new Uint16Array([1, 258]))], [1, 2]);
assert.deepStrictEqual([...Buffer.from(new String('ab'))], [0x61, 0x62]);
assert.deepStrictEqual([...Buffer.from({ [Symbol.toPrimitive]: () => 'hi' })], [0x68, 0x69]);
assert.deepStrictEqual([...Buffer.from({ valueOf: () => [9] })], [9]);

// A copy, not a view.
const src = Buffer.from('abc');
const copy = Buffer.from(src);
copy[0] = 0x7a;
assert.strictEqual(src.toString(), 'abc');

// ArrayBuffers are shared, not copied.
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 2, 4);
assert.strictEqual(view.buffer, ab);
assert.strictEqual(view.byteOffset, 2);
assert.strictEqual(view.length, 4);
view[0] = 5;
assert.strictEqual(new Uint8Array(ab)[2], 5);
assert.strictEqual(Buffer.from(ab, 1).length, 7);
assert.strictEqual(Buffer.from(ab, 'x').byteOffset, 0);
assert.strictEqual(Buffer.from(ab, 1, -5).length, 0);
assert.throws(() => Buffer.from(ab, 9), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: '"offset" is outside of buffer bounds',
});
assert.throws(() => Buffer.from(ab, 1, 8), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"length" is outside of buffer bounds',
});
assert.strictEqual(Buffer.from(new SharedArrayBuffer(4)).length, 4);

const message = 'The first argument must be of type string or an instance of Buffer, ' +
  'ArrayBuffer, or Array or an Array-like Object.';
for (const [value, received] of [[5, 'type number (5)'], [null, 'null'], [undefined, 'undefined'],
  [{}, 'an instance of Object'], [Symbol('s'), 'type symbol (Symbol(s))']]) {
  assert.throws(() => Buffer.from(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `${message} Received ${received}`,
  });
}

// Strings: a non-string or empty encoding means utf8; an unknown one throws.
assert.strictEqual(Buffer.from('é', 5).toString('hex'), 'c3a9');
assert.strictEqual(Buffer.from('é', '').toString('hex'), 'c3a9');
assert.throws(() => Buffer.from('x', 'utf-9'), {
  code: 'ERR_UNKNOWN_ENCODING',
  name: 'TypeError',
  message: 'Unknown encoding: utf-9',
});
assert.strictEqual(Buffer.from('').length, 0);
// Long strings take another path; the bytes must be the same.
const long = 'aé日😀'.repeat(5000);
assert.strictEqual(Buffer.from(long).toString(), long);
assert.strictEqual(Buffer.from(long).length, Buffer.byteLength(long));

'use strict';
// fill(): strings in any encoding repeat across the range (a partial copy
// at the end), '' fills zeros, numbers use their low byte, buffers repeat,
// and a value that encodes to nothing throws.
const assert = require('node:assert');

const hex = (b) => b.toString('hex');
assert.strictEqual(hex(Buffer.alloc(5).fill('ab')), '6162616261');
assert.strictEqual(hex(Buffer.alloc(5).fill('é')), 'c3a9c3a9c3');
assert.strictEqual(hex(Buffer.alloc(5).fill('ab\u0100', 'utf16le')), '6100620000');
assert.strictEqual(hex(Buffer.alloc(3).fill('\u00e9', 'latin1')), 'e9e9e9');
assert.strictEqual(hex(Buffer.alloc(3).fill('\u0100', 'latin1')), '000000');
assert.strictEqual(hex(Buffer.alloc(4).fill('abz', 'hex')), 'abababab');
assert.strictEqual(hex(Buffer.alloc(4).fill('YWI=', 'base64')), '61626162');
assert.strictEqual(hex(Buffer.from('xyz').fill('')), '000000');
assert.strictEqual(hex(Buffer.alloc(3).fill(257.9)), '010101');
assert.strictEqual(hex(Buffer.alloc(3).fill(-1)), 'ffffff');
assert.strictEqual(hex(Buffer.alloc(3).fill(true)), '010101');
assert.strictEqual(hex(Buffer.alloc(3).fill({})), '000000');
assert.strictEqual(hex(Buffer.alloc(5).fill(new Uint8Array([1, 2]))), '0102010201');

// Ranges, with the encoding in any trailing position.
assert.strictEqual(hex(Buffer.alloc(5).fill('a', 1, 3)), '0061610000');
assert.strictEqual(hex(Buffer.alloc(5).fill('61', 3, 'hex')), '0000006161');
assert.strictEqual(hex(Buffer.alloc(5).fill('61', 'hex')), '6161616161');
assert.strictEqual(hex(Buffer.alloc(4).fill('a', 3, 1)), '00000000');
assert.strictEqual(hex(Buffer.alloc(4).fill('a', 5)), '00000000');

// The pattern may be the buffer itself.
const self = Buffer.from('ab\0\0\0');
self.fill(self.subarray(0, 2), 2);
assert.strictEqual(self.toString(), 'ababa');

assert.throws(() => Buffer.alloc(4).fill('zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'value' is invalid. Received 'zz'",
});
assert.throws(() => Buffer.alloc(4).fill(Buffer.alloc(0)), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'value' is invalid. Received <Buffer >",
});
assert.throws(() => Buffer.alloc(4).fill('a', 1, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "end" is out of range. It must be >= 0 && <= 4. Received 5',
});
assert.throws(() => Buffer.alloc(4).fill('a', -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4294967296. Received -1',
});
assert.throws(() => Buffer.alloc(4).fill('a', 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => Buffer.alloc(4).fill(0, '1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => Buffer.alloc(4).fill(Symbol('s')), TypeError);
// A big fill doubles its pattern; check both ends.
const big = Buffer.alloc(100002).fill('xyz');
assert.strictEqual(big.toString('latin1', 0, 6), 'xyzxyz');
assert.strictEqual(big.toString('latin1', 99996), 'xyzxyz');

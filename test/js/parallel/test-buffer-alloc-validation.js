'use strict';
// Buffer.alloc/allocUnsafe/allocUnsafeSlow/SlowBuffer validate the size with
// node's exact errors, and alloc fills with a number, string or bytes.
const assert = require('node:assert');
const { SlowBuffer, kMaxLength } = require('node:buffer');

for (const fn of [Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow, SlowBuffer]) {
  assert.throws(() => fn(-1), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received -1',
  });
  assert.throws(() => fn('1'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "size" argument must be of type number. Received type string (\'1\')',
  });
  assert.throws(() => fn(NaN), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received NaN',
  });
  assert.throws(() => fn(kMaxLength + 1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "size" is out of range. It must be >= 0 && <= 4294967296. ' +
      'Received 4_294_967_297',
  });
  assert.strictEqual(fn(0).length, 0);
  assert.strictEqual(fn(10).length, 10);
}

assert.deepStrictEqual([...Buffer.alloc(4)], [0, 0, 0, 0]);
assert.deepStrictEqual([...Buffer.alloc(5, 'abc')], [0x61, 0x62, 0x63, 0x61, 0x62]);
assert.deepStrictEqual([...Buffer.alloc(5, 'YWJj', 'base64')], [0x61, 0x62, 0x63, 0x61, 0x62]);
assert.deepStrictEqual([...Buffer.alloc(3, 257)], [1, 1, 1]);
assert.deepStrictEqual([...Buffer.alloc(4, Buffer.from([1, 2, 3]))], [1, 2, 3, 1]);
assert.throws(() => Buffer.alloc(2, 'zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'value' is invalid. Received 'zz'",
});
// Fractional sizes round down, as typed arrays do.
assert.strictEqual(Buffer.alloc(2.7).length, 2);

assert.ok(SlowBuffer(4) instanceof Buffer);
assert.strictEqual(Object.getPrototypeOf(SlowBuffer.prototype), Uint8Array.prototype);

'use strict';
// 64-bit BigInt reads and writes, both byte orders, with node's range
// messages; the Uint spellings are aliases.
const assert = require('node:assert');

const b = Buffer.alloc(9);
assert.strictEqual(b.writeBigInt64LE(-5n), 8);
assert.strictEqual(b.readBigInt64LE(), -5n);
assert.strictEqual(b.readBigUInt64LE(), 18446744073709551611n);
assert.strictEqual(b.readBigInt64BE(), -288230376151711745n);
assert.strictEqual(b.writeBigUInt64BE(0x0102030405060708n, 1), 9);
assert.strictEqual(b.toString('hex'), 'fb0102030405060708');
assert.strictEqual(b.readBigUInt64BE(1), 0x0102030405060708n);
assert.strictEqual(b.readBigUint64LE(1), 0x0807060504030201n);
b.writeBigInt64BE(-(2n ** 63n));
assert.strictEqual(b.readBigInt64BE(), -(2n ** 63n));
b.writeBigUInt64LE(2n ** 64n - 1n);
assert.strictEqual(b.readBigUInt64LE(), 2n ** 64n - 1n);
assert.strictEqual(b.writeBigUint64LE, b.writeBigUInt64LE);

const value = (range, received) => ({
  code: 'ERR_OUT_OF_RANGE',
  message: `The value of "value" is out of range. It must be ${range}. Received ${received}`,
});
assert.throws(() => b.writeBigUInt64LE(-1n), value('>= 0n and < 2n ** 64n', '-1n'));
assert.throws(() => b.writeBigUInt64BE(2n ** 64n),
              value('>= 0n and < 2n ** 64n', '18_446_744_073_709_551_616n'));
assert.throws(() => b.writeBigInt64LE(2n ** 63n),
              value('>= -(2n ** 63n) and < 2n ** 63n', '9_223_372_036_854_775_808n'));
assert.throws(() => b.writeBigInt64BE(-(2n ** 63n) - 1n),
              value('>= -(2n ** 63n) and < 2n ** 63n', '-9_223_372_036_854_775_809n'));
assert.throws(() => b.writeBigInt64LE(1n, 2), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 1. Received 2',
});
assert.throws(() => b.readBigInt64LE(2), {
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 1. Received 2',
});
assert.throws(() => Buffer.alloc(7).readBigUInt64LE(), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => b.writeBigInt64LE(1), TypeError);

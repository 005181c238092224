'use strict';
// Writes check the value range (exact bounds up to 32 bits, powers of two
// for 40 and 48 bits), then the offset; they return offset + width and
// store two's complement for negative values.
const assert = require('node:assert');

const b = Buffer.alloc(8);
assert.strictEqual(b.writeUInt8(0xff), 1);
assert.strictEqual(b.writeInt8(-2, 1), 2);
assert.strictEqual(b.writeUInt16LE(0x1234, 2), 4);
assert.strictEqual(b.writeInt16BE(-2, 4), 6);
assert.strictEqual(b.toString('hex', 0, 6), 'fffe3412fffe');
assert.strictEqual(b.writeUInt32BE(0xdeadbeef, 4), 8);
assert.strictEqual(b.writeInt32LE(-1, 0), 4);
assert.strictEqual(b.toString('hex'), 'ffffffffdeadbeef');
// Values are numbers first: strings convert, fractions truncate, NaN is 0.
b.writeUInt8('7', 0);
b.writeUInt8(1.9, 1);
b.writeUInt8(NaN, 2);
b.writeInt32LE(-1.5, 4);
assert.strictEqual(b.toString('hex'), '070100ffffffffff');

const value = (range, received) => ({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: `The value of "value" is out of range. It must be ${range}. Received ${received}`,
});
assert.throws(() => b.writeUInt8(256), value('>= 0 and <= 255', 256));
assert.throws(() => b.writeInt8(-129), value('>= -128 and <= 127', -129));
assert.throws(() => b.writeUInt16LE(-1), value('>= 0 and <= 65535', -1));
assert.throws(() => b.writeInt16BE(32768), value('>= -32768 and <= 32767', 32768));
assert.throws(() => b.writeUInt32LE(2 ** 32), value('>= 0 and <= 4294967295', 4294967296));
assert.throws(() => b.writeInt32BE(2 ** 31), value('>= -2147483648 and <= 2147483647', 2147483648));
assert.throws(() => b.writeUInt32LE(-0.5), value('>= 0 and <= 4294967295', -0.5));
assert.throws(() => b.writeUIntLE(2 ** 24, 0, 3), value('>= 0 and <= 16777215', 16777216));
assert.throws(() => b.writeIntBE(2 ** 23, 0, 3), value('>= -8388608 and <= 8388607', 8388608));
assert.throws(() => b.writeUIntBE(2 ** 40, 0, 5), value('>= 0 and < 2 ** 40', '1_099_511_627_776'));
assert.throws(() => b.writeIntLE(2 ** 39, 0, 5), value('>= -(2 ** 39) and < 2 ** 39', '549_755_813_888'));
assert.throws(() => b.writeUIntLE(2 ** 48, 0, 6), value('>= 0 and < 2 ** 48', '281_474_976_710_656'));
assert.throws(() => b.writeIntBE(-(2 ** 47) - 1, 0, 6),
              value('>= -(2 ** 47) and < 2 ** 47', '-140_737_488_355_329'));

// The value is checked before the offset, except for 8-bit writes.
assert.throws(() => b.writeUInt16LE(1e9, 100), value('>= 0 and <= 65535', 1000000000));
assert.throws(() => b.writeUInt8(1000, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => b.writeUInt32LE(1, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 4. Received 5',
});
assert.throws(() => b.writeUInt8(1, 8), {
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 7. Received 8',
});
assert.throws(() => b.writeInt16LE(1, 1.5), {
  message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => Buffer.alloc(3).writeInt32LE(0), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });

'use strict';
// Reads check the offset: type (ERR_INVALID_ARG_TYPE), integer and range
// (ERR_OUT_OF_RANGE with the last valid offset), and buffers too short for
// the width at all (ERR_BUFFER_OUT_OF_BOUNDS).
const assert = require('node:assert');

const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 0xff]);
assert.strictEqual(b.readUInt8(), 1);
assert.strictEqual(b.readUInt8(undefined), 1);
assert.strictEqual(b.readInt8(7), -1);
assert.strictEqual(b.readUInt16LE(0), 0x0201);
assert.strictEqual(b.readUInt16BE(0), 0x0102);
assert.strictEqual(b.readInt16LE(6), -249);
assert.strictEqual(b.readUInt32LE(4), 0xff070605);
assert.strictEqual(b.readUInt32BE(4), 0x050607ff);
assert.strictEqual(b.readInt32LE(4), -16316923);
assert.strictEqual(b.readInt32BE(0), 0x01020304);
assert.strictEqual(b.readUint16LE, b.readUInt16LE);
assert.strictEqual(b.readUint32BE, b.readUInt32BE);

const range = (value, last) => ({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: `The value of "offset" is out of range. It must be >= 0 and <= ${last}. Received ${value}`,
});
assert.throws(() => b.readUInt8(8), range(8, 7));
assert.throws(() => b.readUInt8(-1), range(-1, 7));
assert.throws(() => b.readUInt16LE(7), range(7, 6));
assert.throws(() => b.readInt32BE(5), range(5, 4));
assert.throws(() => b.readUInt8(Infinity), range('Infinity', 7));
assert.throws(() => b.readUInt8(2 ** 33), range('8_589_934_592', 7));
assert.throws(() => b.readUInt8(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => b.readUInt32LE(NaN), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be an integer. Received NaN',
});
for (const offset of ['1', null, {}, [], true]) {
  assert.throws(() => b.readUInt16BE(offset), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
assert.throws(() => b.readUInt8('1'), {
  message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => Buffer.alloc(1).readUInt32BE(0), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: 'Attempt to access memory outside buffer bounds',
});
assert.throws(() => Buffer.alloc(0).readUInt8(0), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => Buffer.alloc(0).readInt8(), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });

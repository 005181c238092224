'use strict';
// readUIntLE/BE, readIntLE/BE and the matching writes handle 1 to 6 bytes;
// byteLength is required and validated.
const assert = require('node:assert');

const b = Buffer.alloc(8);
for (let n = 1; n <= 6; n++) {
  const max = 2 ** (8 * n) - 1;
  const min = -(2 ** (8 * n - 1));
  for (const v of [0, 1, 0x7f, max, Math.floor(max / 3)]) {
    assert.strictEqual(b.writeUIntLE(v, 1, n), 1 + n);
    assert.strictEqual(b.readUIntLE(1, n), v);
    assert.strictEqual(b.writeUIntBE(v, 2, n), 2 + n);
    assert.strictEqual(b.readUIntBE(2, n), v);
  }
  for (const v of [0, -1, min, -min - 1, Math.floor(min / 3)]) {
    b.writeIntLE(v, 0, n);
    assert.strictEqual(b.readIntLE(0, n), v);
    b.writeIntBE(v, 1, n);
    assert.strictEqual(b.readIntBE(1, n), v);
  }
}
b.writeIntLE(-123456789012, 0, 6);
assert.strictEqual(b.toString('hex', 0, 6), 'ece56641e3ff');
assert.strictEqual(b.readUIntLE(0, 6), 281351519921644);
assert.strictEqual(b.readIntBE(0, 6), -21004969450497);
b.writeUIntBE(0x1234567890ab, 0, 6);
assert.strictEqual(b.toString('hex', 0, 6), '1234567890ab');

for (const fn of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE']) {
  assert.throws(() => b[fn](0, 7), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7',
  });
  assert.throws(() => b[fn](0, 0), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => b[fn](0, 1.5), {
    message: 'The value of "byteLength" is out of range. It must be an integer. Received 1.5',
  });
  assert.throws(() => b[fn](0), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "byteLength" argument must be of type number. Received undefined',
  });
  assert.throws(() => b[fn](), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "offset" argument must be of type number. Received undefined',
  });
  assert.throws(() => b[fn](3, 6), {
    message: 'The value of "offset" is out of range. It must be >= 0 and <= 2. Received 3',
  });
}
for (const fn of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE']) {
  assert.throws(() => b[fn](1, 0, 7), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => b[fn](1, 0, Infinity), {
    message: 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received Infinity',
  });
  assert.throws(() => b[fn](1, 0, '2'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => b[fn](1, undefined, 2), { code: 'ERR_INVALID_ARG_TYPE' });
}

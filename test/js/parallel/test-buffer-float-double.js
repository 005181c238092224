'use strict';
// Float and double reads and writes in both byte orders, including NaN,
// infinities, -0 and float rounding; offsets are checked like integers.
const assert = require('node:assert');

const b = Buffer.alloc(8);
assert.strictEqual(b.writeDoubleBE(1.5), 8);
assert.strictEqual(b.toString('hex'), '3ff8000000000000');
assert.strictEqual(b.readDoubleBE(), 1.5);
b.writeDoubleLE(-0);
assert.ok(Object.is(b.readDoubleLE(0), -0));
assert.strictEqual(b.toString('hex'), '0000000000000080');
b.writeDoubleLE(Infinity);
assert.strictEqual(b.readDoubleLE(), Infinity);
b.writeDoubleBE(NaN);
assert.ok(Number.isNaN(b.readDoubleBE()));
b.writeDoubleLE('2.5');
assert.strictEqual(b.readDoubleLE(), 2.5);

assert.strictEqual(b.writeFloatLE(1.1, 4), 8);
assert.strictEqual(b.readFloatLE(4), Math.fround(1.1));
assert.strictEqual(b.writeFloatBE(-2, 0), 4);
assert.strictEqual(b.toString('hex', 0, 4), 'c0000000');
assert.strictEqual(b.readFloatBE(0), -2);
b.writeFloatBE(1e40);
assert.strictEqual(b.readFloatBE(), Infinity);
b.writeFloatLE(1e-50);
assert.strictEqual(b.readFloatLE(), 0);

const range = (last, value) => ({
  code: 'ERR_OUT_OF_RANGE',
  message: `The value of "offset" is out of range. It must be >= 0 and <= ${last}. Received ${value}`,
});
assert.throws(() => b.readDoubleLE(1), range(0, 1));
assert.throws(() => b.readFloatBE(5), range(4, 5));
assert.throws(() => b.writeDoubleBE(1, 1), range(0, 1));
assert.throws(() => b.writeFloatLE(1, 5), range(4, 5));
assert.throws(() => b.readFloatLE(0.5), {
  message: 'The value of "offset" is out of range. It must be an integer. Received 0.5',
});
assert.throws(() => b.writeDoubleLE(1, '0'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.alloc(3).readFloatLE(), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });

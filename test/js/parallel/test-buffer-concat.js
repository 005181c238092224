'use strict';
// Buffer.concat joins Buffers and Uint8Arrays; an explicit length truncates
// or zero-pads; non-arrays and non-byte elements throw node's errors.
const assert = require('node:assert');

const parts = [Buffer.from('ab'), new Uint8Array([0x63]), Buffer.alloc(0), Buffer.from('de')];
assert.strictEqual(Buffer.concat(parts).toString(), 'abcde');
assert.strictEqual(Buffer.concat(parts, 3).toString(), 'abc');
assert.strictEqual(Buffer.concat(parts, 1).toString(), 'a');
assert.strictEqual(Buffer.concat(parts, 7).toString('hex'), '61626364650000');
assert.strictEqual(Buffer.concat([]).length, 0);
assert.strictEqual(Buffer.concat([], 5).length, 0);
assert.ok(Buffer.concat(parts) instanceof Buffer);
// Always a copy, even of a single buffer.
const one = Buffer.from('x');
const joined = Buffer.concat([one]);
joined[0] = 0x79;
assert.strictEqual(one.toString(), 'x');
// Zero padding is zero even when the memory was used before.
for (let i = 0; i < 100; i++) Buffer.allocUnsafe(64).fill(0xff);
assert.deepStrictEqual([...Buffer.concat([Buffer.from([1])], 8)], [1, 0, 0, 0, 0, 0, 0, 0]);

assert.throws(() => Buffer.concat('ab'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list" argument must be an instance of Array. Received type string (\'ab\')',
});
assert.throws(() => Buffer.concat([Buffer.from('a'), 'b']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. ' +
    "Received type string ('b')",
});
assert.throws(() => Buffer.concat([Buffer.from('a')], -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be >= 0 && <= 4294967296. Received -1',
});
assert.throws(() => Buffer.concat([new Uint16Array(2)]), { code: 'ERR_INVALID_ARG_TYPE' });

'use strict';
// swap16/32/64 reverse the byte order of each unit in place (short and long
// buffers take different paths) and reject lengths that are not multiples.
const assert = require('node:assert');

assert.strictEqual(Buffer.from('0102030405060708', 'hex').swap16().toString('hex'), '0201040306050807');
assert.strictEqual(Buffer.from('0102030405060708', 'hex').swap32().toString('hex'), '0403020108070605');
assert.strictEqual(Buffer.from('0102030405060708', 'hex').swap64().toString('hex'), '0807060504030201');
const b = Buffer.alloc(0);
assert.strictEqual(b.swap16(), b);

for (const size of [2, 4, 8]) {
  const long = Buffer.alloc(1024);
  for (let i = 0; i < long.length; i++) long[i] = i & 0xff;
  const expected = Buffer.alloc(1024);
  for (let i = 0; i < long.length; i += size) {
    for (let k = 0; k < size; k++) expected[i + k] = long[i + size - 1 - k];
  }
  assert.ok(long[`swap${size * 8}`]().equals(expected));
  // A view at an odd offset swaps its own bytes only.
  const outer = Buffer.alloc(1 + 256 + 1, 0xee);
  const view = outer.subarray(1, 257);
  for (let i = 0; i < view.length; i++) view[i] = i;
  view[`swap${size * 8}`]();
  assert.strictEqual(outer[0], 0xee);
  assert.strictEqual(outer[257], 0xee);
  assert.strictEqual(view[0], size - 1);
}

assert.throws(() => Buffer.alloc(3).swap16(), {
  code: 'ERR_INVALID_BUFFER_SIZE',
  name: 'RangeError',
  message: 'Buffer size must be a multiple of 16-bits',
});
assert.throws(() => Buffer.alloc(6).swap32(), { message: 'Buffer size must be a multiple of 32-bits' });
assert.throws(() => Buffer.alloc(4).swap64(), { message: 'Buffer size must be a multiple of 64-bits' });

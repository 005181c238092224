// Flags: --expose-gc
'use strict';
// Small typed arrays keep their bytes inside the object, which the
// collector moves. Encoding and decoding many small buffers while garbage
// piles up (and with explicit collections) must keep every byte right.
const assert = require('node:assert');

const texts = ['a', 'héllo', '日本', '\u{1f600}x', 'abcdefghijklmnopqrstuvwxyz0123456789'];
const garbage = [];
for (let round = 0; round < 2000; round++) {
  const text = texts[round % texts.length] + round;
  const b = Buffer.from(text);
  garbage.push(new Array(50).fill(round), { round });
  if (garbage.length > 5000) garbage.length = 0;
  if (round % 250 === 0 && typeof gc === 'function') gc();
  assert.strictEqual(b.toString(), text);
  assert.strictEqual(b.toString('base64'), Buffer.from(text).toString('base64'));
  const copy = Buffer.alloc(b.length);
  b.copy(copy);
  assert.ok(copy.equals(b));
  assert.strictEqual(Buffer.from(b.toString('hex'), 'hex').toString(), text);
  assert.strictEqual(b.lastIndexOf(String(round)), b.length - String(round).length);
  const small = new Uint8Array(16).fill(round & 0xff);
  assert.strictEqual(Buffer.from(small.buffer).toString('hex'),
                     (round & 0xff).toString(16).padStart(2, '0').repeat(16));
}

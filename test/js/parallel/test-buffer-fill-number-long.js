'use strict';
// Number fills of 64 bytes or more take memset; their byte must be the one
// the engine's TypedArray fill (ToUint8) gives, over exactly the range, for
// Buffer.alloc(size, n) and buf.fill(n, start, end) alike.
const assert = require('node:assert');

const values = [0, 1, 97, 255, 256, 257.9, -1, -0, 1.5, -1.5, NaN, Infinity, -Infinity,
  1e20, 2 ** 53 + 2, -(2 ** 40) - 3, 0x1234567, 4294967296 + 7];
for (const v of values) {
  const want = new Uint8Array(1).fill(v)[0];
  const a = Buffer.alloc(100, v);
  assert.strictEqual(a.length, 100);
  for (let i = 0; i < a.length; i++) assert.strictEqual(a[i], want, `alloc ${v} [${i}]`);

  // A range inside a larger buffer: the bytes around it stay untouched.
  const b = Buffer.alloc(300, 0xee);
  b.fill(v, 10, 290);
  for (let i = 0; i < b.length; i++) {
    assert.strictEqual(b[i], i >= 10 && i < 290 ? want : 0xee, `fill ${v} [${i}]`);
  }
  // A view with an offset into its ArrayBuffer fills its own bytes only.
  const base = Buffer.alloc(256, 0x11);
  base.subarray(64, 192).fill(v);
  for (let i = 0; i < 256; i++) {
    assert.strictEqual(base[i], i >= 64 && i < 192 ? want : 0x11, `view ${v} [${i}]`);
  }
}

// A detached buffer still throws the engine's TypeError.
const ab = new ArrayBuffer(128);
const d = Buffer.from(ab);
structuredClone(ab, { transfer: [ab] });
assert.throws(() => d.fill(1), TypeError);

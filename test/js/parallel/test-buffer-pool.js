'use strict';
// Small allocUnsafe buffers share 8-aligned slices of one pooled
// ArrayBuffer of Buffer.poolSize bytes; big ones, allocUnsafeSlow and alloc
// get their own memory.
const assert = require('node:assert');

const a = Buffer.allocUnsafe(3);
const b = Buffer.allocUnsafe(3);
assert.strictEqual(a.buffer.byteLength, Buffer.poolSize);
if (a.buffer === b.buffer) {
  assert.strictEqual(b.byteOffset - a.byteOffset, 8);
}
assert.strictEqual(b.byteOffset % 8, 0);
b.fill(1);
assert.deepStrictEqual([...a.fill(2)], [2, 2, 2]);
assert.deepStrictEqual([...b], [1, 1, 1]);

assert.notStrictEqual(Buffer.allocUnsafe(Buffer.poolSize >>> 1).buffer.byteLength, Buffer.poolSize);
assert.strictEqual(Buffer.allocUnsafeSlow(3).buffer.byteLength, 3);
assert.strictEqual(Buffer.alloc(3).buffer.byteLength, 3);
assert.strictEqual(Buffer.allocUnsafe(0).length, 0);

// Slices of pooled buffers keep the pool as their parent.
const c = Buffer.allocUnsafe(5);
assert.strictEqual(c.slice(0, 2).parent, c.parent);

// A changed poolSize takes effect when the current pool runs out.
const saved = Buffer.poolSize;
Buffer.poolSize = 64;
let last;
for (let i = 0; i < 2000; i++) last = Buffer.allocUnsafe(8);
assert.strictEqual(last.buffer.byteLength, 64);
Buffer.poolSize = saved;

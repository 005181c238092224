'use strict';
// structuredClone's transfer list is checked as V8 checks it: only
// ArrayBuffers (TypeError otherwise), no duplicates (DataCloneError),
// detached buffers skipped; a bad entry late in the list leaves the buffers
// before it untouched, and a good list transfers every buffer in it.
const assert = require('node:assert');

const detach = (ab) => { structuredClone(ab, { transfer: [ab] }); return ab; };

// Detached entries are skipped; the others move.
const a = new ArrayBuffer(23);
const c = new ArrayBuffer(29);
const out = structuredClone({ a, c }, { transfer: [a, detach(new ArrayBuffer(4)), c] });
assert.strictEqual(out.a.byteLength, 23);
assert.strictEqual(out.c.byteLength, 29);
assert.strictEqual(a.byteLength, 0);
assert.strictEqual(c.byteLength, 0);

// A detached buffer that is the value and in the list: an empty ArrayBuffer.
const d = detach(new ArrayBuffer(8));
const r = structuredClone(d, { transfer: [d] });
assert.ok(r instanceof ArrayBuffer);
assert.strictEqual(r.byteLength, 0);

// A detached buffer not in the list cannot be cloned.
assert.throws(() => structuredClone(d), {
  name: 'DataCloneError', message: 'An ArrayBuffer is detached and could not be cloned.',
});

// Invalid entries and duplicates throw before anything is taken.
for (const bad of [new Uint8Array(2), {}, new SharedArrayBuffer(4)]) {
  const keep = new ArrayBuffer(5);
  assert.throws(() => structuredClone(1, { transfer: [keep, bad] }),
                { name: 'TypeError', message: 'Found invalid object in transferList' });
  assert.strictEqual(keep.byteLength, 5);
}
const twice = new ArrayBuffer(3);
const first = new ArrayBuffer(6);
assert.throws(() => structuredClone(1, { transfer: [first, twice, twice] }),
              { name: 'DataCloneError', message: 'Transfer list contains duplicate ArrayBuffer' });
assert.strictEqual(first.byteLength, 6);
assert.strictEqual(twice.byteLength, 3);

'use strict';
// write() returns false once writableLength reaches the highWaterMark;
// writableNeedDrain turns on; 'drain' comes when everything is written.
const assert = require('node:assert');
const { Writable } = require('node:stream');
const common = require('../../common');

const pending = [];
const w = new Writable({
  highWaterMark: 3,
  write(chunk, enc, cb) { pending.push(cb); },
});
assert.strictEqual(w.writableHighWaterMark, 3);
assert.strictEqual(w.write('ab'), true);
assert.strictEqual(w.writableLength, 2);
assert.strictEqual(w.writableNeedDrain, false);
assert.strictEqual(w.write('cd'), false);
assert.strictEqual(w.writableNeedDrain, true);
assert.strictEqual(w.write('e'), false);
assert.strictEqual(w.writableLength, 5);
assert.strictEqual(w.writableBuffer.length, 2);

let drained = false;
w.on('drain', common.mustCall(() => {
  drained = true;
  assert.strictEqual(w.writableLength, 0);
  assert.strictEqual(w.writableNeedDrain, false);
}));

(function next() {
  const cb = pending.shift();
  if (!cb) {
    assert.strictEqual(drained, true);
    return;
  }
  assert.strictEqual(drained, false);
  setTimeout(() => { cb(); setTimeout(next, 1); }, 1);
})();

// The answer is measured after _write: a synchronous completion leaves
// nothing owed, even with highWaterMark 0; an asynchronous one does.
const z = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
assert.strictEqual(z.write('x'), true);
assert.strictEqual(z.writableNeedDrain, false);
const za = new Writable({ highWaterMark: 0, write(c, e, cb) { setTimeout(cb, 1); } });
assert.strictEqual(za.write('x'), false);
za.on('drain', common.mustCall());
const big = new Writable({ highWaterMark: 2, write(c, e, cb) { cb(); } });
assert.strictEqual(big.write('xxxx'), true);
big.on('drain', common.mustNotCall());

'use strict';
// Writable completion order: write callbacks on a later tick, 'prefinish'
// synchronously inside end() when nothing is pending, then the write
// callbacks, the end() callback, 'finish' and 'close'.
const assert = require('node:assert');
const { Writable } = require('node:stream');
const common = require('../../common');

const order = [];
const w = new Writable({
  write(chunk, enc, cb) { order.push(`_write:${chunk}:${enc}`); cb(); },
});
for (const ev of ['prefinish', 'finish', 'close']) w.on(ev, () => order.push(ev));
assert.strictEqual(w.write('a', () => order.push('cb a')), true);
w.end('b', () => order.push('end cb'));
order.push('sync');
assert.strictEqual(w.writableEnded, true);
assert.strictEqual(w.writableFinished, false);
assert.strictEqual(w.writable, false);

w.on('close', common.mustCall(() => {
  assert.deepStrictEqual(order, [
    '_write:a:buffer', '_write:b:buffer', 'prefinish', 'sync',
    'cb a', 'end cb', 'finish', 'close',
  ]);
  assert.strictEqual(w.writableFinished, true);
  assert.strictEqual(w.destroyed, true);
  assert.strictEqual(w.closed, true);
}));

// 'finish' comes a tick after the last asynchronous write callback.
const a = new Writable({ write(c, e, cb) { setTimeout(cb, 1); } });
const seq = [];
a.on('finish', common.mustCall(() => {
  seq.push('finish');
  assert.deepStrictEqual(seq, ['cb', 'tick', 'finish']);
}));
a.write('x', () => { seq.push('cb'); process.nextTick(() => seq.push('tick')); });
a.end();

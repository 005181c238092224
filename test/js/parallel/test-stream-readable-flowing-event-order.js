'use strict';
// A flowing Readable fed synchronously: 'resume' comes on the next tick, then
// each chunk as 'data', then 'end' and (autoDestroy) 'close'.
const assert = require('node:assert');
const { Readable } = require('node:stream');

const order = [];
const r = new Readable({ read() {} });
for (const ev of ['resume', 'data', 'end', 'close']) {
  r.on(ev, (arg) => order.push(ev === 'data' ? `data:${arg}` : ev));
}
assert.strictEqual(r.readableFlowing, true);
assert.strictEqual(r.push('a'), true);
assert.strictEqual(r.push('b'), true);
assert.strictEqual(r.push(null), false);
order.push('sync');
assert.strictEqual(r.readableLength, 2);

r.on('close', () => {
  assert.deepStrictEqual(order, ['sync', 'resume', 'data:a', 'data:b', 'end', 'close']);
  assert.strictEqual(r.readableEnded, true);
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.closed, true);
  assert.strictEqual(r.readableAborted, false);
  assert.strictEqual(r.readableDidRead, true);
  assert.strictEqual(r.readable, false);
});

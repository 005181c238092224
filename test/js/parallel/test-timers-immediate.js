'use strict';
// Immediates run in order; ones queued while running wait for the next turn;
// clearImmediate cancels (also for a later immediate in the same batch);
// ref/unref/hasRef behave like Node's.
const assert = require('node:assert');
const { setImmediate, clearImmediate } = require('node:timers');

const order = [];
let later;
setImmediate(() => {
  order.push(1);
  setImmediate(() => order.push('nested'));
  clearImmediate(later);
});
setImmediate(() => order.push(2));
later = setImmediate(() => order.push('cleared'));
setImmediate(() => order.push(3));

const c = setImmediate(() => assert.fail('cleared immediate ran'));
assert.strictEqual(c.hasRef(), true);
clearImmediate(c);
assert.strictEqual(c._destroyed, true);
assert.strictEqual(c._onImmediate, null);
assert.strictEqual(c.hasRef(), false);
clearImmediate(c); // twice is fine

const u = setImmediate(() => order.push('unref'));
assert.strictEqual(u.unref(), u);
assert.strictEqual(u.hasRef(), false);
assert.strictEqual(u.ref(), u);
assert.strictEqual(u.hasRef(), true);

// An unref'd immediate alone does not keep the process alive...
// ...but it still runs when the loop is turning anyway.
setImmediate(() => order.push('u2')).unref();

process.on('exit', () => {
  assert.deepStrictEqual(order, [1, 2, 3, 'unref', 'u2', 'nested']);
});

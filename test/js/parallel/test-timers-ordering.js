'use strict';
// Timers fire in expiry order; timers due at the same time fire in the order
// they were created, and 0 / 1 ms delays share one queue. (Delays are far
// apart so that a stall on a loaded machine cannot reorder them.)
const assert = require('node:assert');
const { setTimeout } = require('node:timers');

const order = [];
setTimeout(() => order.push('c30'), 150);
setTimeout(() => order.push('a1'), 1);
setTimeout(() => order.push('b0'), 0);
setTimeout(() => order.push('d1'), 1);
setTimeout(() => order.push('e30'), 150);
setTimeout(() => order.push('f10'), 50);
for (let i = 0; i < 5; i++) setTimeout(() => order.push(`g${i}`), 100);

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    'a1', 'b0', 'd1', 'f10', 'g0', 'g1', 'g2', 'g3', 'g4', 'c30', 'e30',
  ]);
});

'use strict';
// A timer callback that throws goes to 'uncaughtException'; the other timers
// (same duration and later ones) still run, and a throwing interval keeps its
// schedule.
const assert = require('node:assert');
const { setTimeout, setInterval, clearInterval } = require('node:timers');

const errors = [];
process.on('uncaughtException', (err, origin) => {
  assert.strictEqual(origin, 'uncaughtException');
  errors.push(err.message);
});

const order = [];
setTimeout(() => { order.push('a'); throw new Error('boom a'); }, 5);
setTimeout(() => order.push('b'), 5);
setTimeout(() => { order.push('c'); throw new Error('boom c'); }, 5);
setTimeout(() => order.push('d'), 5);
setTimeout(() => order.push('e'), 15);

let ticks = 0;
const iv = setInterval(() => {
  ticks++;
  if (ticks === 3) clearInterval(iv);
  throw new Error(`interval ${ticks}`);
}, 3);

setTimeout(() => {
  assert.deepStrictEqual(order, ['a', 'b', 'c', 'd', 'e']);
  assert.strictEqual(ticks, 3);
  assert.deepStrictEqual(errors.filter((m) => m.startsWith('boom')), ['boom a', 'boom c']);
  assert.deepStrictEqual(errors.filter((m) => m.startsWith('interval')),
                         ['interval 1', 'interval 2', 'interval 3']);
}, 60);

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(errors.length, 5);
});

'use strict';
// process.nextTick callbacks and promise jobs queued by one timer (or
// immediate) run before the next timer (or immediate) fires.
const assert = require('node:assert');
const { setTimeout, setImmediate } = require('node:timers');

const order = [];
setTimeout(() => {
  order.push('t1');
  process.nextTick(() => order.push('tick1'));
  Promise.resolve().then(() => order.push('micro1'));
}, 5);
setTimeout(() => order.push('t2'), 5);

setTimeout(() => {
  setImmediate(() => {
    order.push('i1');
    process.nextTick(() => order.push('tick2'));
    Promise.resolve().then(() => order.push('micro2'));
  });
  setImmediate(() => order.push('i2'));
}, 20);

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    't1', 'tick1', 'micro1', 't2', 'i1', 'tick2', 'micro2', 'i2',
  ]);
});

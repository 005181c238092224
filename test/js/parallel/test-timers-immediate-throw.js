'use strict';
// An immediate that throws goes to 'uncaughtException'; the rest of the batch
// still runs, in order, before immediates queued later.
const assert = require('node:assert');
const { setImmediate } = require('node:timers');

const errors = [];
process.on('uncaughtException', (err) => errors.push(err.message));

const order = [];
setImmediate(() => {
  order.push(1);
  setImmediate(() => order.push('next-turn'));
  throw new Error('first');
});
setImmediate(() => order.push(2));
setImmediate(() => { order.push(3); throw new Error('third'); });
setImmediate(() => order.push(4));

process.on('exit', () => {
  assert.deepStrictEqual(errors, ['first', 'third']);
  assert.deepStrictEqual(order, [1, 2, 3, 4, 'next-turn']);
});

'use strict';
// queueMicrotask callbacks run with promise jobs, in order, after ticks.
const assert = require('assert');

const order = [];
queueMicrotask(() => order.push('micro1'));
Promise.resolve().then(() => order.push('promise'));
queueMicrotask(() => order.push('micro2'));
process.nextTick(() => order.push('tick'));
setTimeout(() => {
  assert.deepStrictEqual(order, ['tick', 'micro1', 'promise', 'micro2']);
}, 1);
assert.throws(() => queueMicrotask(1), { code: 'ERR_INVALID_ARG_TYPE' });

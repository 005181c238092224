'use strict';
// errorMonitor listeners see 'error' events before the regular handling,
// whether or not an 'error' listener exists.
const assert = require('node:assert');
const EventEmitter = require('node:events');

assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
assert.strictEqual(EventEmitter.errorMonitor.toString(), 'Symbol(events.errorMonitor)');
assert.strictEqual(require('node:events').errorMonitor, EventEmitter.errorMonitor);

const ee = new EventEmitter();
const order = [];
ee.on(EventEmitter.errorMonitor, (err, extra) => {
  order.push(['monitor', err.message, extra]);
});

const err = new Error('first');
assert.throws(() => ee.emit('error', err, 'x'), (e) => e === err);
assert.deepStrictEqual(order, [['monitor', 'first', 'x']]);

order.length = 0;
ee.on('error', (e) => order.push(['error', e.message]));
assert.strictEqual(ee.emit('error', new Error('second')), true);
assert.deepStrictEqual(order, [['monitor', 'second', undefined], ['error', 'second']]);

// Emitting the monitor symbol directly does not involve 'error'.
order.length = 0;
assert.strictEqual(ee.emit(EventEmitter.errorMonitor, new Error('direct')), true);
assert.deepStrictEqual(order, [['monitor', 'direct', undefined]]);

// The monitor counts as a listener of its own symbol only.
assert.strictEqual(ee.listenerCount(EventEmitter.errorMonitor), 1);
assert.strictEqual(ee.listenerCount('error'), 1);

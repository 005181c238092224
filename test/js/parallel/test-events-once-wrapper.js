'use strict';
// once(): the stored wrapper exposes the original as `.listener`, runs at
// most once, and can be removed through the original function.
const assert = require('node:assert');
const EventEmitter = require('node:events');

const ee = new EventEmitter();
let calls = 0;
function listener(...args) {
  calls++;
  assert.strictEqual(this, ee);
  assert.deepStrictEqual(args, ['a', 'b']);
}
ee.once('e', listener);

const [raw] = ee.rawListeners('e');
assert.notStrictEqual(raw, listener);
assert.strictEqual(typeof raw, 'function');
assert.strictEqual(raw.listener, listener);
assert.deepStrictEqual(ee.listeners('e'), [listener]);

assert.strictEqual(ee.emit('e', 'a', 'b'), true);
assert.strictEqual(ee.emit('e', 'a', 'b'), false);
assert.strictEqual(calls, 1);

// Calling the raw wrapper fires the listener and unregisters it.
ee.once('e', listener);
const wrapper = ee.rawListeners('e')[0];
wrapper('a', 'b');
assert.strictEqual(calls, 2);
assert.strictEqual(ee.listenerCount('e'), 0);
wrapper('a', 'b');
assert.strictEqual(calls, 2);

// Removing by the original function.
ee.once('e', listener);
ee.removeListener('e', listener);
assert.strictEqual(ee.emit('e', 'a', 'b'), false);
assert.strictEqual(calls, 2);

// Re-entrant emit from inside a once listener still fires it only once.
let inner = 0;
ee.once('r', () => {
  inner++;
  ee.emit('r');
});
ee.emit('r');
assert.strictEqual(inner, 1);

// The wrapper's return value is the listener's.
ee.once('v', () => 42);
assert.strictEqual(ee.rawListeners('v')[0](), 42);

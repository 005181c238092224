'use strict';
// listenerCount(name[, listener]), the deprecated static listenerCount,
// eventNames(), listeners() and rawListeners().
const assert = require('node:assert');
const EventEmitter = require('node:events');

const ee = new EventEmitter();
function a() {}
function b() {}
const sym = Symbol('s');

assert.strictEqual(ee.listenerCount('x'), 0);
assert.deepStrictEqual(ee.eventNames(), []);
assert.deepStrictEqual(ee.listeners('x'), []);
assert.deepStrictEqual(ee.rawListeners('x'), []);

ee.on('x', a);
assert.strictEqual(ee.listenerCount('x'), 1);
assert.strictEqual(ee.listenerCount('x', a), 1);
assert.strictEqual(ee.listenerCount('x', b), 0);

ee.on('x', b);
ee.once('x', a);
ee.on(sym, b);
assert.strictEqual(ee.listenerCount('x'), 3);
// once() wrappers count as their listener.
assert.strictEqual(ee.listenerCount('x', a), 2);
assert.strictEqual(ee.listenerCount('x', b), 1);
assert.strictEqual(ee.listenerCount('x', null), 3);
assert.strictEqual(ee.listenerCount(sym), 1);

assert.deepStrictEqual(ee.eventNames(), ['x', sym]);

// listeners() returns copies.
const list = ee.listeners('x');
assert.deepStrictEqual(list, [a, b, a]);
list.pop();
assert.strictEqual(ee.listenerCount('x'), 3);

// Static form delegates to the method when there is one.
assert.strictEqual(EventEmitter.listenerCount(ee, 'x'), 3);
assert.strictEqual(EventEmitter.listenerCount({ listenerCount: (t) => `n:${t}` }, 'q'), 'n:q');
assert.strictEqual(EventEmitter.listenerCount({ _events: { q: [a, b] } }, 'q'), 2);
assert.strictEqual(EventEmitter.listenerCount({}, 'q'), 0);

// getEventListeners() is listeners() for emitters.
const { getEventListeners } = require('node:events');
assert.deepStrictEqual(getEventListeners(ee, 'x'), [a, b, a]);
assert.deepStrictEqual(getEventListeners(ee, 'none'), []);
assert.throws(() => getEventListeners({}, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "emitter" argument must be an instance of EventEmitter or ' +
    'EventTarget. Received an instance of Object',
});

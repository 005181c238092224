'use strict';
// The instance and module shape packages rely on: _events (null prototype),
// _eventsCount, _maxListeners, EventEmitter.init, the static properties.
const assert = require('node:assert');
const events = require('node:events');
const EventEmitter = events;

assert.strictEqual(typeof EventEmitter, 'function');
assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);
assert.strictEqual(EventEmitter.name, 'EventEmitter');
assert.strictEqual(EventEmitter.length, 1);
assert.strictEqual(EventEmitter.usingDomains, false);
assert.strictEqual(EventEmitter.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(typeof EventEmitter.kMaxEventTargetListeners, 'symbol');
assert.strictEqual(typeof EventEmitter.kMaxEventTargetListenersWarned, 'symbol');
assert.strictEqual(Object.keys(EventEmitter).includes('kMaxEventTargetListeners'), false);

assert.deepStrictEqual(Object.keys(EventEmitter), [
  'addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners',
  'EventEmitter', 'usingDomains', 'captureRejectionSymbol', 'captureRejections',
  'EventEmitterAsyncResource', 'errorMonitor', 'defaultMaxListeners',
  'setMaxListeners', 'init', 'listenerCount',
]);

// Prototype defaults.
const proto = EventEmitter.prototype;
assert.strictEqual(proto._events, undefined);
assert.strictEqual(proto._eventsCount, 0);
assert.strictEqual(proto._maxListeners, undefined);
assert.deepStrictEqual(Object.keys(proto), [
  '_events', '_eventsCount', '_maxListeners', 'setMaxListeners',
  'getMaxListeners', 'emit', 'addListener', 'on', 'prependListener', 'once',
  'prependOnceListener', 'removeListener', 'off', 'removeAllListeners',
  'listeners', 'rawListeners', 'listenerCount', 'eventNames',
]);

// A fresh instance.
const ee = new EventEmitter();
assert.deepStrictEqual(Object.keys(ee), ['_events', '_eventsCount', '_maxListeners']);
assert.strictEqual(Object.getPrototypeOf(ee._events), null);
assert.deepStrictEqual(Object.keys(ee._events), []);
assert.strictEqual(ee._eventsCount, 0);
assert.strictEqual(ee._maxListeners, undefined);
assert.ok(Object.prototype.hasOwnProperty.call(ee, '_maxListeners'));

// _events holds a function for one listener and an array for several.
const f = () => {};
const g = () => {};
ee.on('x', f);
assert.strictEqual(ee._events.x, f);
assert.strictEqual(ee._eventsCount, 1);
ee.on('x', g);
assert.deepStrictEqual(ee._events.x, [f, g]);
assert.strictEqual(ee._eventsCount, 1);
ee.on('y', f);
assert.strictEqual(ee._eventsCount, 2);

// Inherited-constructor style (util.inherits era).
function Legacy() {
  EventEmitter.call(this);
}
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
const legacy = new Legacy();
assert.strictEqual(Object.getPrototypeOf(legacy._events), null);
assert.strictEqual(legacy._eventsCount, 0);

// init() keeps an existing own _events and _maxListeners.
const pre = Object.create(EventEmitter.prototype);
const table = { __proto__: null };
pre._events = table;
pre._maxListeners = 5;
EventEmitter.init.call(pre);
assert.strictEqual(pre._events, table);
assert.strictEqual(pre.getMaxListeners(), 5);

// Emitters created before any listener work with lazily created tables.
const lazy = Object.create(EventEmitter.prototype);
lazy.on('z', f);
assert.strictEqual(Object.getPrototypeOf(lazy._events), null);
assert.strictEqual(lazy._eventsCount, 1);

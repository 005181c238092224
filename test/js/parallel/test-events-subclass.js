'use strict';
// Subclassing EventEmitter with `class extends` and overriding emit.
const assert = require('node:assert');
const EventEmitter = require('node:events');

class Base extends EventEmitter {
  constructor(opts) {
    super(opts);
    this.ready = true;
  }
}

class Logged extends Base {
  constructor() {
    super();
    this.seen = [];
  }
  emit(type, ...args) {
    this.seen.push(type);
    return super.emit(type, ...args);
  }
}

const b = new Base({ captureRejections: true });
assert.ok(b instanceof EventEmitter);
assert.strictEqual(b.ready, true);
assert.strictEqual(Object.getPrototypeOf(b._events), null);
let got;
b.on('v', (x) => { got = x; });
b.emit('v', 7);
assert.strictEqual(got, 7);

// Internal emits ('newListener', 'removeListener', errorMonitor) go through
// the overridden emit.
const l = new Logged();
l.on('newListener', () => {});
l.on('removeListener', () => {});
const f = () => {};
l.on('x', f);
l.off('x', f);
l.on(EventEmitter.errorMonitor, () => {});
l.on('error', () => {});
l.emit('error', new Error('e'));
assert.deepStrictEqual(l.seen, [
  // The first 'newListener' listener is not announced to itself.
  'newListener', 'newListener', 'removeListener',
  'newListener', 'newListener', 'error', EventEmitter.errorMonitor,
]);

// once() on a subclass keeps `this`.
const l2 = new Logged();
l2.once('o', function() { assert.strictEqual(this, l2); });
l2.emit('o');

// Subclasses may predeclare _events on the prototype chain.
function Legacy() {
  EventEmitter.call(this);
}
Legacy.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: Legacy, writable: true, configurable: true },
});
const legacy = new Legacy();
legacy.on('a', f);
assert.deepStrictEqual(legacy.listeners('a'), [f]);
assert.strictEqual(Object.keys(legacy._events).length, 1);

'use strict';
// removeAllListeners(), with and without an event name, and the
// 'removeListener' notifications it produces.
const assert = require('node:assert');
const EventEmitter = require('node:events');

function make() {
  const ee = new EventEmitter();
  ee.on('a', function a1() {});
  ee.on('a', function a2() {});
  ee.on('b', function b1() {});
  ee.on(Symbol.for('c'), function c1() {});
  return ee;
}

{
  const ee = make();
  assert.strictEqual(ee.removeAllListeners('a'), ee);
  assert.deepStrictEqual(ee.eventNames(), ['b', Symbol.for('c')]);
  assert.strictEqual(ee._eventsCount, 2);
  ee.removeAllListeners('missing');
  assert.strictEqual(ee._eventsCount, 2);
  assert.strictEqual(ee.removeAllListeners(), ee);
  assert.deepStrictEqual(ee.eventNames(), []);
  assert.strictEqual(ee._eventsCount, 0);
  assert.strictEqual(Object.getPrototypeOf(ee._events), null);
}

{
  // removeListener listeners hear about every removal, LIFO within an event,
  // and they are removed last.
  const ee = make();
  const removed = [];
  ee.on('removeListener', function onRemove(name, fn) {
    removed.push(`${String(name)}:${fn.name}`);
  });
  ee.removeAllListeners('a');
  assert.deepStrictEqual(removed, ['a:a2', 'a:a1']);
  removed.length = 0;
  ee.removeAllListeners();
  assert.deepStrictEqual(removed, ['b:b1', 'Symbol(c):c1']);
  assert.deepStrictEqual(ee.eventNames(), []);
  assert.strictEqual(ee.listenerCount('removeListener'), 0);
}

{
  // Explicitly passing undefined is an event name, not "everything".
  const ee = make();
  ee.removeAllListeners(undefined);
  assert.strictEqual(ee.listenerCount('a'), 2);
}

{
  // Works on an emitter that was never initialised.
  const bare = Object.create(EventEmitter.prototype);
  assert.strictEqual(bare.removeAllListeners(), bare);
  assert.strictEqual(bare.removeAllListeners('x'), bare);
}

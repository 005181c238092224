'use strict';
// 'newListener' fires before a listener is added, 'removeListener' after one
// is removed; both get the user's function, not the once() wrapper.
const assert = require('node:assert');
const EventEmitter = require('node:events');

const ee = new EventEmitter();
const log = [];

ee.on('newListener', function(name, listener) {
  assert.strictEqual(this, ee);
  // Not yet added when announced.
  log.push(['new', name, listener, this.listenerCount(name)]);
});

function foo() {}
function bar() {}
ee.on('foo', foo);
ee.once('bar', bar);
// The newListener listener added above announced nothing about itself.
assert.deepStrictEqual(log, [['new', 'foo', foo, 0], ['new', 'bar', bar, 0]]);

ee.on('removeListener', function(name, listener) {
  assert.strictEqual(this, ee);
  // Already gone when announced.
  log.push(['removed', name, listener, this.listenerCount(name)]);
});
log.length = 0;

ee.off('foo', foo);
ee.emit('bar');
assert.deepStrictEqual(log, [['removed', 'foo', foo, 0], ['removed', 'bar', bar, 0]]);

// A newListener handler that adds a listener of the same event runs first.
{
  const e = new EventEmitter();
  const l1 = () => {};
  const l2 = () => {};
  e.once('newListener', () => {
    e.on('hello', l2);
  });
  e.on('hello', l1);
  assert.deepStrictEqual(e.listeners('hello'), [l2, l1]);
}

// Removing the last listener of an emitter does not emit 'removeListener'
// when that was the only listener there was.
{
  const e = new EventEmitter();
  let count = 0;
  const rl = () => { count++; };
  e.on('removeListener', rl);
  e.removeListener('removeListener', rl);
  assert.strictEqual(count, 0);
}

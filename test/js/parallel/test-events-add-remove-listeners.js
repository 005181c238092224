'use strict';
// on/addListener, prependListener, once, prependOnceListener, off/removeListener:
// ordering, chaining, and which listener removeListener takes out.
const assert = require('node:assert');
const EventEmitter = require('node:events');

const ee = new EventEmitter();
assert.strictEqual(ee.on, ee.addListener);
assert.strictEqual(ee.off, ee.removeListener);
assert.strictEqual(EventEmitter.prototype.on.name, 'addListener');
assert.strictEqual(EventEmitter.prototype.off.name, 'removeListener');

const calls = [];
function a() { calls.push('a'); }
function b() { calls.push('b'); }
function c() { calls.push('c'); }
function d() { calls.push('d'); }

// Every adder and remover returns the emitter.
assert.strictEqual(ee.on('x', a), ee);
assert.strictEqual(ee.prependListener('x', b), ee);
assert.strictEqual(ee.once('x', c), ee);
assert.strictEqual(ee.prependOnceListener('x', d), ee);
assert.deepStrictEqual(ee.listeners('x'), [d, b, a, c]);

assert.strictEqual(ee.emit('x'), true);
assert.deepStrictEqual(calls, ['d', 'b', 'a', 'c']);
assert.deepStrictEqual(ee.listeners('x'), [b, a]);

calls.length = 0;
ee.emit('x');
assert.deepStrictEqual(calls, ['b', 'a']);

// The same function may be added twice; removeListener removes the most
// recently added instance only.
ee.on('x', b);
assert.deepStrictEqual(ee.listeners('x'), [b, a, b]);
assert.strictEqual(ee.removeListener('x', b), ee);
assert.deepStrictEqual(ee.listeners('x'), [b, a]);

// Removing something that is not there is a no-op.
assert.strictEqual(ee.off('x', c), ee);
assert.strictEqual(ee.off('nope', c), ee);
assert.deepStrictEqual(ee.listeners('x'), [b, a]);

// A single remaining listener is stored unwrapped.
ee.off('x', b);
assert.strictEqual(ee._events.x, a);
ee.off('x', a);
assert.strictEqual(ee._events.x, undefined);
assert.strictEqual(ee.emit('x'), false);

// Listener changes during emit do not affect the current round.
{
  const e = new EventEmitter();
  const seen = [];
  const second = () => seen.push(2);
  e.on('t', () => {
    seen.push(1);
    e.removeListener('t', second);
    e.on('t', () => seen.push(3));
  });
  e.on('t', second);
  e.emit('t');
  assert.deepStrictEqual(seen, [1, 2]);
  seen.length = 0;
  e.emit('t');
  assert.deepStrictEqual(seen, [1, 3]);
}

// Listeners must be functions.
for (const method of ['on', 'addListener', 'prependListener', 'once',
                      'prependOnceListener', 'removeListener', 'off']) {
  assert.throws(() => ee[method]('x', null), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "listener" argument must be of type function. Received null',
  });
}
assert.throws(() => ee.on('x', 'str'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. ' +
    "Received type string ('str')",
});

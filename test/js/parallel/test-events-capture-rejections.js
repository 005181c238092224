'use strict';
// captureRejections: a rejected promise returned by a listener becomes an
// 'error' event or a call to the Symbol.for('nodejs.rejection') method.
const assert = require('node:assert');
const EventEmitter = require('node:events');

assert.strictEqual(EventEmitter.captureRejections, false);
assert.throws(() => { EventEmitter.captureRejections = 1; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "EventEmitter.captureRejections" property must be of type ' +
    'boolean. Received type number (1)',
});
assert.throws(() => new EventEmitter({ captureRejections: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.captureRejections" property must be of type ' +
    "boolean. Received type string ('yes')",
});
// Falsy values are not validated.
new EventEmitter({ captureRejections: 0 });

const results = [];

// Rejection -> 'error' event.
{
  const ee = new EventEmitter({ captureRejections: true });
  ee.on('ev', async (x) => { throw new Error(`failed ${x}`); });
  ee.on('error', function(err) {
    assert.strictEqual(this, ee);
    results.push(['error', err.message]);
  });
  assert.strictEqual(ee.emit('ev', 1), true);
}

// Rejection -> nodejs.rejection method, with event name and arguments.
{
  const ee = new EventEmitter({ captureRejections: true });
  const listener = () => Promise.reject(new Error('rejected'));
  ee.on('ev', listener);
  ee.on('ev', listener);
  ee[EventEmitter.captureRejectionSymbol] = function(err, type, ...args) {
    assert.strictEqual(this, ee);
    results.push(['symbol', err.message, type, args]);
  };
  ee.emit('ev', 'a', 'b');
}

// The global default can be flipped.
{
  EventEmitter.captureRejections = true;
  const ee = new EventEmitter();
  EventEmitter.captureRejections = false;
  ee.on('ev', async () => { throw new Error('global'); });
  ee.on('error', (err) => results.push(['global', err.message]));
  ee.emit('ev');
}

// A thenable whose `then` getter throws is reported synchronously.
{
  const ee = new EventEmitter({ captureRejections: true });
  ee.on('ev', () => ({ get then() { throw new Error('bad then'); } }));
  let sync;
  ee.on('error', (err) => { sync = err.message; });
  ee.emit('ev');
  assert.strictEqual(sync, 'bad then');
}

// Without captureRejections the rejection is left alone.
{
  const ee = new EventEmitter();
  const p = Promise.reject(new Error('ignored'));
  p.catch(() => {});
  ee.on('ev', () => p);
  ee.on('error', () => results.push(['unexpected']));
  ee.emit('ev');
}

setTimeout(() => {
  assert.deepStrictEqual(results, [
    ['error', 'failed 1'],
    ['symbol', 'rejected', 'ev', ['a', 'b']],
    ['symbol', 'rejected', 'ev', ['a', 'b']],
    ['global', 'global'],
  ]);
}, 10);

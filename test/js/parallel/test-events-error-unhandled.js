'use strict';
// emit('error') without an 'error' listener: an Error is thrown as-is, any
// other value is wrapped in ERR_UNHANDLED_ERROR with the value as `context`.
const assert = require('node:assert');
const EventEmitter = require('node:events');

const ee = new EventEmitter();

const err = new TypeError('original');
assert.throws(() => ee.emit('error', err), (thrown) => thrown === err);

class MyError extends Error {}
const mine = new MyError('sub');
assert.throws(() => ee.emit('error', mine, 'extra'), (thrown) => thrown === mine);

const cases = [
  [[], 'Unhandled error. (undefined)', undefined],
  [['some text'], "Unhandled error. ('some text')", 'some text'],
  [[42], 'Unhandled error. (42)', 42],
  [[null], 'Unhandled error. (null)', null],
  [[{ a: 1 }], 'Unhandled error. ({ a: 1 })', { a: 1 }],
];
for (const [args, message, context] of cases) {
  assert.throws(() => ee.emit('error', ...args), (thrown) => {
    assert.ok(thrown instanceof Error);
    assert.strictEqual(thrown.name, 'Error');
    assert.strictEqual(thrown.code, 'ERR_UNHANDLED_ERROR');
    assert.strictEqual(thrown.message, message);
    assert.deepStrictEqual(thrown.context, context);
    return true;
  });
}

// An emitter that never had a listener at all behaves the same.
const bare = Object.create(EventEmitter.prototype);
assert.throws(() => bare.emit('error', 'x'), {
  code: 'ERR_UNHANDLED_ERROR',
  message: "Unhandled error. ('x')",
});
assert.strictEqual(bare.emit('other'), false);

// With a listener, nothing is thrown and emit returns true.
let handled;
ee.on('error', (e) => { handled = e; });
assert.strictEqual(ee.emit('error', 'fine'), true);
assert.strictEqual(handled, 'fine');

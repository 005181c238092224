'use strict';
// setMaxListeners / getMaxListeners / defaultMaxListeners and their
// argument validation, on instances and as module functions.
const assert = require('node:assert');
const events = require('node:events');
const EventEmitter = events;

assert.strictEqual(EventEmitter.defaultMaxListeners, 10);

const ee = new EventEmitter();
assert.strictEqual(ee._maxListeners, undefined);
assert.strictEqual(ee.getMaxListeners(), 10);
assert.strictEqual(events.getMaxListeners(ee), 10);
assert.strictEqual(ee.setMaxListeners(3), ee);
assert.strictEqual(ee._maxListeners, 3);
assert.strictEqual(ee.getMaxListeners(), 3);
assert.strictEqual(events.getMaxListeners(ee), 3);

for (const bad of [-1, NaN]) {
  assert.throws(() => ee.setMaxListeners(bad), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "setMaxListeners" is out of range. ' +
      `It must be >= 0. Received ${bad}`,
  });
}
assert.throws(() => ee.setMaxListeners('5'), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "setMaxListeners" argument must be of type number. ' +
    "Received type string ('5')",
});

// defaultMaxListeners is validated and applies to emitters without their own.
assert.throws(() => { EventEmitter.defaultMaxListeners = -1; }, {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "defaultMaxListeners" is out of range. ' +
    'It must be >= 0. Received -1',
});
assert.throws(() => { EventEmitter.defaultMaxListeners = 'x'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "defaultMaxListeners" argument must be of type number. ' +
    "Received type string ('x')",
});
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
EventEmitter.defaultMaxListeners = 4;
assert.strictEqual(new EventEmitter().getMaxListeners(), 4);
assert.strictEqual(ee.getMaxListeners(), 3);

// The module-level setMaxListeners(n) with no targets sets the default...
events.setMaxListeners(6);
assert.strictEqual(EventEmitter.defaultMaxListeners, 6);
// ...and with no arguments at all re-applies the current default.
events.setMaxListeners();
assert.strictEqual(EventEmitter.defaultMaxListeners, 6);
EventEmitter.defaultMaxListeners = 10;

// With targets it sets each of them.
const e1 = new EventEmitter();
const e2 = new EventEmitter();
events.setMaxListeners(1, e1, e2);
assert.strictEqual(e1.getMaxListeners(), 1);
assert.strictEqual(e2.getMaxListeners(), 1);
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);

assert.throws(() => events.setMaxListeners(-2), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "setMaxListeners" is out of range. ' +
    'It must be >= 0. Received -2',
});
assert.throws(() => events.setMaxListeners(1, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "eventTargets" argument must be an instance of EventEmitter ' +
    'or EventTarget. Received an instance of Object',
});
assert.throws(() => events.getMaxListeners({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "emitter" argument must be an instance of EventEmitter ' +
    'or EventTarget. Received an instance of Object',
});

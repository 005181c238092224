'use strict';
// ByteLengthQueuingStrategy measures chunks by byteLength and
// CountQueuingStrategy counts them; each class shares one size function.
const assert = require('node:assert');

const bytes = new ByteLengthQueuingStrategy({ highWaterMark: '5' });
assert.strictEqual(bytes.highWaterMark, 5);
assert.strictEqual(bytes.size(new Uint8Array(7)), 7);
assert.strictEqual(bytes.size, new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size);
assert.strictEqual(bytes.size.name, 'size');
const count = new CountQueuingStrategy({ highWaterMark: 2 });
assert.strictEqual(count.highWaterMark, 2);
assert.strictEqual(count.size('anything'), 1);
assert.throws(() => new CountQueuingStrategy(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "init" argument must be of type object. Received undefined',
});
assert.throws(() => new CountQueuingStrategy({}), {
  code: 'ERR_MISSING_OPTION', message: 'init.highWaterMark is required',
});
assert.throws(() => Object.getOwnPropertyDescriptor(CountQueuingStrategy.prototype, 'size').get.call({}), {
  code: 'ERR_INVALID_THIS',
});

// Used as a stream's strategy.
const rs = new ReadableStream({
  start(c) {
    c.enqueue(new Uint8Array(3));
    assert.strictEqual(c.desiredSize, 2);
  },
}, bytes);
assert.ok(rs instanceof ReadableStream);

'use strict';
// randomBytes, randomFill(Sync), randomInt and randomUUID: results, the
// thread-pool forms, and node's argument errors.
const assert = require('node:assert');
const crypto = require('node:crypto');
const common = require('../../common');

// randomBytes: sync and async; sizes are floored.
const b = crypto.randomBytes(32);
assert.ok(Buffer.isBuffer(b));
assert.strictEqual(b.length, 32);
assert.notDeepStrictEqual(b, crypto.randomBytes(32));
assert.strictEqual(crypto.randomBytes(0).length, 0);
assert.strictEqual(crypto.randomBytes(1.5).length, 1);
crypto.randomBytes(16, common.mustSucceed((buf) => {
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.length, 16);
}));
crypto.randomBytes(0, common.mustSucceed((buf) => assert.strictEqual(buf.length, 0)));
for (const bad of [-1, 2 ** 31, NaN]) {
  assert.throws(() => crypto.randomBytes(bad), {
    code: 'ERR_OUT_OF_RANGE',
    message: `The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received ${
      bad === 2 ** 31 ? '2147483648' : bad}`,
  });
}
assert.throws(() => crypto.randomBytes('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomBytes(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

// randomFillSync fills only [offset, offset + size), in elements.
const z = Buffer.alloc(64);
crypto.randomFillSync(z, 8, 16);
assert.ok(z.subarray(0, 8).every((x) => x === 0));
assert.ok(z.subarray(24).every((x) => x === 0));
assert.ok(z.subarray(8, 24).some((x) => x !== 0));
const u32 = new Uint32Array(8);
crypto.randomFillSync(u32, 2, 3);
assert.strictEqual(u32[0], 0);
assert.strictEqual(u32[5], 0);
assert.strictEqual(crypto.randomFillSync(new ArrayBuffer(8)).byteLength, 8);
assert.strictEqual(crypto.randomFillSync(new DataView(new ArrayBuffer(8)), 1).byteLength, 8);
assert.throws(() => crypto.randomFillSync(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of ArrayBuffer or ArrayBufferView. ' +
    'Received type number (1)',
});
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5',
});
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 1, 4), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size + offset" is out of range. It must be <= 4. Received 5',
});
assert.throws(() => crypto.randomFillSync(new Uint32Array(4), 1, 4), {
  message: 'The value of "size + offset" is out of range. It must be <= 16. Received 20',
});
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 'a'), { code: 'ERR_INVALID_ARG_TYPE' });

// randomFill: the callback gets the same buffer, filled.
const target = Buffer.alloc(32);
crypto.randomFill(target, common.mustSucceed((buf) => {
  assert.strictEqual(buf, target);
  assert.ok(target.some((x) => x !== 0));
}));
const partial = new Uint16Array(16);
crypto.randomFill(partial, 4, 4, common.mustSucceed((buf) => {
  assert.strictEqual(buf, partial);
  assert.ok(partial.subarray(0, 4).every((x) => x === 0));
  assert.ok(partial.subarray(8).every((x) => x === 0));
}));
const tail = Buffer.alloc(16);
crypto.randomFill(tail, 12, common.mustSucceed(() => {
  assert.ok(tail.subarray(0, 12).every((x) => x === 0));
}));
assert.throws(() => crypto.randomFill(Buffer.alloc(4)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => crypto.randomFill(Buffer.alloc(4), 1, 2), { code: 'ERR_INVALID_ARG_TYPE' });

// randomInt: [min, max), node's range rules.
for (let i = 0; i < 1000; i++) {
  const n = crypto.randomInt(3, 7);
  assert.ok(Number.isInteger(n) && n >= 3 && n < 7);
  const m = crypto.randomInt(10);
  assert.ok(m >= 0 && m < 10);
}
assert.strictEqual(crypto.randomInt(-5, -4), -5);
const seen = new Set();
for (let i = 0; i < 200; i++) seen.add(crypto.randomInt(4));
assert.strictEqual(seen.size, 4);
crypto.randomInt(1, 3, common.mustSucceed((n) => assert.ok(n === 1 || n === 2)));
crypto.randomInt(5, common.mustSucceed((n) => assert.ok(n >= 0 && n < 5)));
assert.throws(() => crypto.randomInt(1.5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "max" argument must be a safe integer. Received type number (1.5)',
});
assert.throws(() => crypto.randomInt('1', 2), {
  message: 'The "min" argument must be a safe integer. Received type string (\'1\')',
});
assert.throws(() => crypto.randomInt(5, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max" is out of range. It must be greater than the value of "min" (5). ' +
    'Received 5',
});
assert.throws(() => crypto.randomInt(2 ** 48 + 1), {
  message: 'The value of "max" is out of range. It must be <= 281474976710655. ' +
    'Received 281_474_976_710_657',
});
assert.throws(() => crypto.randomInt(-1, 2 ** 48), {
  message: 'The value of "max - min" is out of range. It must be <= 281474976710655. ' +
    'Received 281_474_976_710_657',
});
assert.throws(() => crypto.randomInt(1, 2, 3), { code: 'ERR_INVALID_ARG_TYPE' });

// randomUUID: version 4, variant 10xx, distinct; the cache can be bypassed.
const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const uuids = new Set();
for (let i = 0; i < 1000; i++) {
  const u = i % 2 ? crypto.randomUUID() : crypto.randomUUID({ disableEntropyCache: true });
  assert.match(u, re);
  uuids.add(u);
}
assert.strictEqual(uuids.size, 1000);
assert.throws(() => crypto.randomUUID(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => crypto.randomUUID({ disableEntropyCache: 1 }), {
  message: 'The "options.disableEntropyCache" property must be of type boolean. ' +
    'Received type number (1)',
});

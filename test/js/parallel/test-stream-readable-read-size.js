'use strict';
// read(n): exact byte counts across chunk boundaries, null when not enough is
// queued (until the end), the highWaterMark growing to the next power of two
// for big requests, and ERR_OUT_OF_RANGE above 1 GiB.
const assert = require('node:assert');
const { Readable } = require('node:stream');

const r = new Readable({ read() {} });
r.push('abc');
r.push('defg');
r.push('h');
assert.strictEqual(r.readableLength, 8);
assert.strictEqual(String(r.read(2)), 'ab');
assert.strictEqual(String(r.read(3)), 'cde');
assert.strictEqual(r.read(10), null);
assert.strictEqual(String(r.read()), 'fgh');
assert.strictEqual(r.readableLength, 0);

assert.strictEqual(r.readableHighWaterMark, 16384);
assert.strictEqual(r.read(20000), null);
assert.strictEqual(r.readableHighWaterMark, 32768);

r.push('xyz');
r.push(null);
// At the end, a short read returns what is left.
assert.strictEqual(String(r.read(10)), 'xyz');
assert.strictEqual(r.read(), null);

assert.throws(() => r.read(2 ** 31), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "size" is out of range. It must be <= 1GiB. Received 2147483648',
});

// A string size is parsed.
const s = new Readable({ read() {} });
s.push('12345');
assert.strictEqual(String(s.read('2')), '12');

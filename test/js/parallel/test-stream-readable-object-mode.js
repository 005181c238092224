'use strict';
// Object mode: any value but null is a chunk counting 1, the default
// highWaterMark is 16, read(n) returns one object.
const assert = require('node:assert');
const { Readable, Duplex } = require('node:stream');

const r = new Readable({ objectMode: true, read() {} });
assert.strictEqual(r.readableObjectMode, true);
assert.strictEqual(r.readableHighWaterMark, 16);
r.push({ a: 1 });
r.push('str');
r.push(0);
r.push(false);
assert.strictEqual(r.readableLength, 4);
assert.deepStrictEqual(r.read(5), { a: 1 });
assert.strictEqual(r.read(), 'str');
assert.strictEqual(r.read(), 0);
assert.strictEqual(r.read(), false);

// push() reports fullness against the object count.
const small = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
assert.strictEqual(small.push(1), true);
assert.strictEqual(small.push(2), false);

// A duplex may be object mode on one side only.
const d = new Duplex({ readableObjectMode: true, read() {}, write(c, e, cb) { cb(); } });
assert.strictEqual(d.readableObjectMode, true);
assert.strictEqual(d.writableObjectMode, false);
assert.strictEqual(d.readableHighWaterMark, 16);
assert.strictEqual(d.writableHighWaterMark, 16384);

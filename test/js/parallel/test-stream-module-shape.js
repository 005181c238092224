'use strict';
// node:stream's exports, the default highWaterMark getters/setters, the
// predicates and stream.destroy.
const assert = require('node:assert');
const stream = require('node:stream');
const common = require('../../common');

assert.deepStrictEqual(Object.keys(stream), [
  'isDestroyed', 'isDisturbed', 'isErrored', 'isReadable', 'isWritable', 'Readable',
  'Writable', 'Duplex', 'Transform', 'PassThrough', 'duplexPair', 'pipeline',
  'addAbortSignal', 'finished', 'destroy', 'compose', 'setDefaultHighWaterMark',
  'getDefaultHighWaterMark', 'promises', 'Stream', '_isArrayBufferView', '_isUint8Array',
  '_uint8ArrayToBuffer',
]);
assert.strictEqual(require('stream'), stream);
assert.strictEqual(stream.Readable.ReadableState.name, 'ReadableState');
assert.strictEqual(typeof stream.Writable.WritableState, 'function');

assert.strictEqual(stream.getDefaultHighWaterMark(false), 16384);
assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
stream.setDefaultHighWaterMark(false, 100);
assert.strictEqual(new stream.Readable().readableHighWaterMark, 100);
stream.setDefaultHighWaterMark(false, 16384);
assert.throws(() => stream.setDefaultHighWaterMark(false, -1), { code: 'ERR_OUT_OF_RANGE' });

assert.ok(stream._isUint8Array(new Uint8Array(1)));
assert.ok(!stream._isUint8Array(new Uint16Array(1)));
const u8 = new Uint8Array([1, 2, 3]).subarray(1);
const asBuf = stream._uint8ArrayToBuffer(u8);
assert.ok(Buffer.isBuffer(asBuf));
assert.deepStrictEqual([...asBuf], [2, 3]);

const r = new stream.Readable({ read() {} });
assert.strictEqual(stream.isReadable(r), true);
assert.strictEqual(stream.isDisturbed(r), false);
assert.strictEqual(stream.isErrored(r), false);
assert.strictEqual(stream.isReadable({}), null);
r.on('error', common.mustCall());
stream.destroy(r, new Error('x'));
process.nextTick(common.mustCall(() => {
  assert.strictEqual(stream.isReadable(r), false);
  assert.strictEqual(stream.isDisturbed(r), true);
  assert.strictEqual(stream.isErrored(r), true);
  assert.strictEqual(stream.isDestroyed(r), true);
}));

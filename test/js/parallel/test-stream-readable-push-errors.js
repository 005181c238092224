'use strict';
// push() after push(null) is ERR_STREAM_PUSH_AFTER_EOF; a chunk that is not
// a string/Buffer/TypedArray/DataView in byte mode is ERR_INVALID_ARG_TYPE;
// both destroy the stream through 'error'.
const assert = require('node:assert');
const { Readable } = require('node:stream');
const common = require('../../common');

const r = new Readable({ read() {} });
r.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
  assert.strictEqual(err.message, 'stream.push() after EOF');
}));
r.on('close', common.mustCall());
r.push(null);
r.push('late');

const bad = new Readable({ read() {} });
bad.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  assert.strictEqual(err.message,
                     'The "chunk" argument must be of type string or an instance of ' +
                     'Buffer, TypedArray, or DataView. Received type number (5)');
}));
assert.strictEqual(bad.push(5), false);

// Typed arrays and DataViews become Buffers over the same bytes.
const t = new Readable({ read() {} });
t.push(new Uint16Array([1, 2]));
t.push(new DataView(new Uint8Array([9]).buffer));
const out = t.read();
assert.ok(Buffer.isBuffer(out));
assert.deepStrictEqual([...out], [1, 0, 2, 0, 9]);

// Empty chunks are accepted and queue nothing.
const e = new Readable({ read() {} });
assert.strictEqual(e.push(''), true);
assert.strictEqual(e.push(Buffer.alloc(0)), true);
assert.strictEqual(e.readableLength, 0);

'use strict';
// node:_stream_* are the legacy names of the stream classes.
const assert = require('assert');
const stream = require('stream');

assert.strictEqual(require('_stream_duplex'), stream.Duplex);
assert.strictEqual(require('_stream_passthrough'), stream.PassThrough);
assert.strictEqual(require('_stream_readable'), stream.Readable);
assert.strictEqual(require('_stream_transform'), stream.Transform);
assert.strictEqual(require('_stream_writable'), stream.Writable);
assert.strictEqual(require('node:_stream_readable'), stream.Readable);

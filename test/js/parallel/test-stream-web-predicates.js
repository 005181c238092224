'use strict';
// node 20's answers for web streams from the stream predicates: a
// ReadableStream reports readable/errored/disturbed, a WritableStream
// reports nothing of its own (isWritable null, isErrored false even once
// errored), a TransformStream neither. stream.destroy() of something that is
// not a node stream marks it with Symbol.for('nodejs.stream.destroyed').
const assert = require('node:assert');
const stream = require('node:stream');
const common = require('../../common');

const ws = new WritableStream();
assert.strictEqual(stream.isWritable(ws), null);
assert.strictEqual(stream.isErrored(ws), false);
assert.strictEqual(ws[Symbol.for('nodejs.stream.writable')], undefined);
ws.abort(new Error('x')).then(common.mustCall(() => {
  assert.strictEqual(stream.isErrored(ws), false);
}));

const rs = new ReadableStream();
assert.strictEqual(stream.isReadable(rs), true);
assert.strictEqual(stream.isWritable(rs), null);
rs.cancel().then(common.mustCall(() => {
  assert.strictEqual(stream.isReadable(rs), false);
  assert.strictEqual(stream.isDisturbed(rs), true);
}));

const ts = new TransformStream();
assert.strictEqual(stream.isReadable(ts), null);
assert.strictEqual(stream.isWritable(ts), null);

const closable = { close: common.mustCall() };
stream.destroy(closable);
assert.strictEqual(closable[Symbol.for('nodejs.stream.destroyed')], true);
assert.strictEqual(stream.isDestroyed(closable), null);

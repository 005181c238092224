'use strict';
// unpipe() detaches a destination (emitting 'unpipe') and pauses the source
// when no destination is left; { end: false } keeps the destination open;
// an error on the destination unpipes it.
const assert = require('node:assert');
const { Readable, Writable, PassThrough } = require('node:stream');
const common = require('../../common');

const r = new Readable({ read() {} });
const got = [];
const w = new Writable({ write(chunk, enc, cb) { got.push(String(chunk)); cb(); } });
w.on('unpipe', common.mustCall());
r.pipe(w);
r.push('a');
setTimeout(common.mustCall(() => {
  r.unpipe(w);
  assert.strictEqual(r.readableFlowing, false);
  assert.strictEqual(r._readableState.pipes.length, 0);
  r.push('b');
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(got, ['a']);
    assert.strictEqual(r.readableLength, 1);
    assert.strictEqual(w.writableEnded, false);
  }), 2);
}), 2);

const src = new Readable({ read() {} });
const open = new PassThrough();
src.pipe(open, { end: false });
src.push(null);
src.on('end', common.mustCall(() => {
  setImmediate(common.mustCall(() => assert.strictEqual(open.writableEnded, false)));
}));

const src2 = new Readable({ read() {} });
const failing = new Writable({ write(chunk, enc, cb) { cb(new Error('dest failed')); } });
failing.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'dest failed')));
failing.on('unpipe', common.mustCall());
failing.on('close', common.mustCall(() => {
  assert.strictEqual(src2._readableState.pipes.length, 0);
}));
src2.pipe(failing);
src2.push('x');

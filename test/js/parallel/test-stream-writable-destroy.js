'use strict';
// destroy() with writes in flight: the queued writes' callbacks and the
// end() callback get ERR_STREAM_DESTROYED; a later write fails the same way;
// an error from _write records `errored` and fails queued writes with it.
const assert = require('node:assert');
const { Writable } = require('node:stream');
const common = require('../../common');

const w = new Writable({ write(c, e, cb) { setTimeout(cb, 5); } });
w.write('a', common.mustCall((err) => assert.strictEqual(err, null)));
w.write('b', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED')));
w.end(common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED')));
w.destroy();
assert.strictEqual(w.destroyed, true);
assert.strictEqual(w.writableAborted, true);
w.on('error', common.mustNotCall());
w.on('close', common.mustCall());

const d = new Writable({ write(c, e, cb) { cb(); } });
d.destroy();
// Already destroyed: no 'error' event, only the callback.
d.on('error', common.mustNotCall());
assert.strictEqual(d.write('x', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
  assert.strictEqual(err.message, 'Cannot call write after a stream was destroyed');
})), false);

const f = new Writable({ write(c, e, cb) { setTimeout(() => cb(new Error('write failed')), 1); } });
const order = [];
f.write('1', common.mustCall((err) => order.push(`cb1:${err.message}`)));
f.write('2', common.mustCall((err) => order.push(`cb2:${err.message}`)));
f.on('error', common.mustCall((err) => order.push(`error:${err.message}`)));
f.on('close', common.mustCall(() => {
  assert.deepStrictEqual(order, ['cb1:write failed', 'cb2:write failed', 'error:write failed']);
  assert.strictEqual(f.errored.message, 'write failed');
  assert.strictEqual(f.writable, false);
}));

'use strict';
// finished(): called once when the stream is done, with the error or
// ERR_STREAM_PREMATURE_CLOSE; options readable/writable choose the side;
// error:false ignores 'error'; it returns a cleanup function; the promise form
// resolves or rejects.
const assert = require('node:assert');
const { Readable, Writable, PassThrough, finished } = require('node:stream');
const sp = require('node:stream/promises');
const common = require('../../common');

const r = Readable.from(['a']);
finished(r, common.mustCall((err) => {
  assert.strictEqual(err, undefined);
  assert.strictEqual(r.readableEnded, true);
}));
r.resume();

const early = new Readable({ read() {} });
finished(early, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
  assert.strictEqual(err.message, 'Premature close');
}));
early.destroy();

const w = new Writable({ write(c, e, cb) { cb(new Error('nope')); } });
w.on('error', common.mustCall());
finished(w, { error: false }, common.mustCall((err) => assert.strictEqual(err.message, 'nope')));
w.write('x');

const p = new PassThrough();
finished(p, { readable: false }, common.mustCall((err) => {
  assert.ifError(err);
  assert.strictEqual(p.writableFinished, true);
  assert.strictEqual(p.readableEnded, false);
}));
p.end('x');

// Already done: called back on a later tick.
const done = new Writable({ write(c, e, cb) { cb(); } });
done.end();
done.on('close', common.mustCall(() => finished(done, common.mustCall((err) => assert.ifError(err)))));

const c = new PassThrough();
const cleanup = finished(c, common.mustNotCall());
cleanup();
c.destroy();

assert.throws(() => finished({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => finished(new PassThrough(), 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

(async () => {
  const ok = new PassThrough();
  ok.resume();
  ok.end('data');
  await sp.finished(ok);
  const bad = new PassThrough();
  bad.destroy(new Error('broken'));
  await assert.rejects(sp.finished(bad), /broken/);
  const ac = new AbortController();
  const waiting = sp.finished(new PassThrough(), { signal: ac.signal });
  ac.abort();
  await assert.rejects(waiting, { name: 'AbortError' });
})().then(common.mustCall());

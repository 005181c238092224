'use strict';
// pipeTo propagates errors: a source error aborts the destination
// (preventAbort keeps it), a destination error cancels the source
// (preventCancel keeps it), and piping into a closed destination cancels
// the source.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  const srcErr = new Error('source');
  const failingSource = () => new ReadableStream({ start(c) { c.error(srcErr); } });
  await assert.rejects(failingSource().pipeTo(new WritableStream({
    abort: common.mustCall((r) => assert.strictEqual(r, srcErr)),
  })), srcErr);
  const kept = new WritableStream({ abort: common.mustNotCall() });
  await assert.rejects(failingSource().pipeTo(kept, { preventAbort: true }), srcErr);
  const w = kept.getWriter();
  await w.write('still open');

  const destErr = new Error('dest');
  const badDest = () => new WritableStream({ write() { throw destErr; } });
  await assert.rejects(ReadableStream.from([1, 2, 3]).pipeTo(badDest()), destErr);
  const source = new ReadableStream({
    start(c) { c.enqueue(1); },
    cancel: common.mustNotCall(),
  });
  await assert.rejects(source.pipeTo(badDest(), { preventCancel: true }), destErr);
  assert.strictEqual(source.locked, false);

  const closed = new WritableStream();
  await closed.close();
  await assert.rejects(new ReadableStream({
    cancel: common.mustCall((reason) => {
      assert.strictEqual(reason.message, 'Invalid state: Destination WritableStream is closed');
    }),
  }).pipeTo(closed), { code: 'ERR_INVALID_STATE' });
})().then(common.mustCall());

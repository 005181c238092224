'use strict';
// An AbortSignal stops pipeTo: the destination is aborted and the source
// cancelled with the signal's reason (unless prevented), and the promise
// rejects with it.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  const ac = new AbortController();
  let n = 0;
  const rs = new ReadableStream({
    pull(c) {
      c.enqueue(n++);
      if (n === 3) ac.abort();
      return new Promise((r) => setTimeout(r, 1));
    },
    cancel: common.mustCall((reason) => {
      assert.strictEqual(reason.name, 'AbortError');
    }),
  });
  const ws = new WritableStream({
    abort: common.mustCall((reason) => {
      assert.strictEqual(reason.name, 'AbortError');
    }),
  });
  await assert.rejects(rs.pipeTo(ws, { signal: ac.signal }), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'AbortError');
    return true;
  });
  assert.strictEqual(rs.locked, false);

  // Already aborted, with both actions prevented: nothing is touched.
  const reason = new Error('custom reason');
  const src = new ReadableStream({ cancel: common.mustNotCall() });
  const dst = new WritableStream({ abort: common.mustNotCall() });
  await assert.rejects(src.pipeTo(dst, {
    signal: AbortSignal.abort(reason), preventAbort: true, preventCancel: true,
  }), reason);
  assert.strictEqual(src.locked, false);
  assert.strictEqual(dst.locked, false);

  await assert.rejects(new ReadableStream().pipeTo(new WritableStream(), { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
})().then(common.mustCall());

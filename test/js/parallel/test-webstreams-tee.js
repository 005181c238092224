'use strict';
// tee() gives two branches that each see every chunk; cancelling both
// cancels the source with both reasons; a source error reaches both.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('a');
      c.enqueue('b');
      c.close();
    },
  });
  const [b1, b2] = rs.tee();
  assert.strictEqual(rs.locked, true);
  const all = async (s) => {
    const out = [];
    for await (const x of s) out.push(x);
    return out;
  };
  assert.deepStrictEqual(await Promise.all([all(b1), all(b2)]), [['a', 'b'], ['a', 'b']]);

  const cancelled = new ReadableStream({
    cancel: common.mustCall((reason) => {
      assert.deepStrictEqual(reason, ['r1', 'r2']);
    }),
  });
  const [c1, c2] = cancelled.tee();
  const p1 = c1.cancel('r1');
  await new Promise((r) => setImmediate(r));
  await Promise.all([p1, c2.cancel('r2')]);

  let controller;
  const failing = new ReadableStream({ start(c) { controller = c; } });
  const [e1, e2] = failing.tee();
  const err = new Error('source failed');
  controller.error(err);
  await assert.rejects(e1.getReader().read(), err);
  await assert.rejects(e2.getReader().closed, err);

  // A byte stream tees into two byte streams; chunks are copies.
  const bytes = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([1, 2, 3]));
      c.close();
    },
  });
  const [x, y] = bytes.tee();
  const xr = x.getReader({ mode: 'byob' });
  const yr = y.getReader();
  // The BYOB branch's view size decides how much each read takes.
  const [xv, yv] = await Promise.all([xr.read(new Uint8Array(2)), yr.read()]);
  assert.deepStrictEqual([...xv.value], [1, 2]);
  assert.deepStrictEqual([...yv.value], [1, 2]);
  assert.notStrictEqual(xv.value.buffer, yv.value.buffer);
  assert.deepStrictEqual([...(await xr.read(new Uint8Array(2))).value], [3]);
  assert.deepStrictEqual([...(await yr.read()).value], [3]);
  assert.strictEqual((await yr.read()).done, true);
  assert.strictEqual((await xr.read(new Uint8Array(2))).done, true);
})().then(common.mustCall());

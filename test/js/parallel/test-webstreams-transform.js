'use strict';
// TransformStream: transform/flush see every chunk and the end,
// controller.desiredSize follows the readable side, terminate() closes the
// readable side and errors the writable side, error() errors both, and the
// transformer's cancel() runs when the readable side is cancelled.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  const ts = new TransformStream({
    start(c) {
      assert.strictEqual(c.desiredSize, 2);
    },
    transform(chunk, c) {
      c.enqueue(chunk * 2);
    },
    flush(c) {
      c.enqueue('end');
    },
  }, undefined, { highWaterMark: 2 });
  const w = ts.writable.getWriter();
  w.write(1);
  w.write(2);
  w.close();
  const out = [];
  for await (const x of ts.readable) out.push(x);
  assert.deepStrictEqual(out, [2, 4, 'end']);

  // The identity transform.
  const id = new TransformStream();
  const iw = id.writable.getWriter();
  iw.write('same');
  iw.close();
  assert.deepStrictEqual((await id.readable.getReader().read()).value, 'same');

  const term = new TransformStream({
    transform(chunk, c) {
      c.enqueue(chunk);
      c.terminate();
    },
  });
  const tw = term.writable.getWriter();
  const tr = term.readable.getReader();
  tw.write('last');
  assert.deepStrictEqual(await tr.read(), { value: 'last', done: false });
  assert.deepStrictEqual(await tr.read(), { value: undefined, done: true });
  await assert.rejects(tw.closed, { message: 'Invalid state: TransformStream has been terminated' });

  const err = new Error('transform failed');
  const failing = new TransformStream({ transform() { throw err; } });
  const fw = failing.writable.getWriter();
  // The write waits for a read (the readable side's highWaterMark is 0).
  const read = failing.readable.getReader().read();
  await assert.rejects(fw.write('x'), err);
  await assert.rejects(read, err);

  const cancelled = new TransformStream({
    cancel: common.mustCall((reason) => assert.strictEqual(reason, 'no more')),
  });
  await cancelled.readable.cancel('no more');
  await assert.rejects(cancelled.writable.getWriter().closed, (e) => e === 'no more');

  assert.throws(() => new TransformStream({ readableType: 'bytes' }), {
    name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  });
  assert.throws(() => new TransformStreamDefaultController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  const ctl = new TransformStream({ start: common.mustCall((c) => {
    c.enqueue(1);
    assert.strictEqual(c.desiredSize, -1);
  }) });
  assert.strictEqual(ctl.readable.locked, false);
})().then(common.mustCall());

'use strict';
// WritableStreamDefaultController: signal aborts when the stream is
// aborted (even during a write), error() errors the stream.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  let signal;
  const ws = new WritableStream({
    write(chunk, controller) {
      signal = controller.signal;
      assert.strictEqual(signal.aborted, false);
      return new Promise((resolve) => {
        signal.addEventListener('abort', common.mustCall(() => {
          assert.strictEqual(signal.reason, 'why');
          resolve();
        }));
      });
    },
  });
  const writer = ws.getWriter();
  const write = writer.write('chunk');
  await new Promise((r) => setImmediate(r));
  await writer.abort('why');
  await write;
  assert.strictEqual(signal.aborted, true);
  await assert.rejects(writer.closed, (e) => e === 'why');

  let controller;
  const ws2 = new WritableStream({ start(c) { controller = c; } });
  const w2 = ws2.getWriter();
  controller.error(new Error('sink broke'));
  controller.error(new Error('ignored'));
  await assert.rejects(w2.closed, { message: 'sink broke' });
  await assert.rejects(w2.write(1), { message: 'sink broke' });
  assert.strictEqual(w2.desiredSize, null);
  assert.throws(() => new WritableStreamDefaultController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
})().then(common.mustCall());

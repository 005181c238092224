'use strict';
// WritableStreamDefaultWriter: writes reach the sink in order, one at a
// time; close() waits for them; closed/ready settle; releaseLock() rejects
// them and leaves the stream unlocked.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  const log = [];
  const ws = new WritableStream({
    async write(chunk, controller) {
      log.push(`write ${chunk}`);
      assert.strictEqual(typeof controller.error, 'function');
      await new Promise((r) => setTimeout(r, 1));
      log.push(`wrote ${chunk}`);
    },
    close() { log.push('close'); },
  });
  const writer = ws.getWriter();
  assert.strictEqual(ws.locked, true);
  assert.strictEqual(writer.desiredSize, 1);
  const w1 = writer.write('a');
  const w2 = writer.write('b');
  assert.strictEqual(writer.desiredSize, -1);
  const closing = writer.close();
  await Promise.all([w1, w2, closing, writer.closed]);
  assert.deepStrictEqual(log, ['write a', 'wrote a', 'write b', 'wrote b', 'close']);
  assert.strictEqual(writer.desiredSize, 0);
  await assert.rejects(writer.close(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is closed' });

  const ws2 = new WritableStream();
  const w = ws2.getWriter();
  w.releaseLock();
  assert.strictEqual(ws2.locked, false);
  await assert.rejects(w.closed, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer has been released' });
  await assert.rejects(w.ready, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer has been released' });
  await assert.rejects(w.write(1), { message: 'Invalid state: Writer is not bound to a WritableStream' });
  assert.throws(() => w.desiredSize, { message: 'Invalid state: Writer is not bound to a WritableStream' });

  // abort() rejects queued writes with the reason and calls sink.abort
  // (here before start() finished, so no write was in flight).
  let aborted;
  const ws3 = new WritableStream({
    write: common.mustNotCall(),
    abort(reason) { aborted = reason; },
  });
  const w3 = ws3.getWriter();
  const queued = [w3.write(1), w3.write(2)];
  await w3.abort('stop');
  assert.strictEqual(aborted, 'stop');
  for (const p of queued) await assert.rejects(p, (e) => e === 'stop');
  await assert.rejects(w3.ready, (e) => e === 'stop');
  await assert.rejects(w3.closed, (e) => e === 'stop');
})().then(common.mustCall());

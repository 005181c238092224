'use strict';
// pipeTo moves every chunk to the destination, closes it (unless
// preventClose), keeps the destination's back-pressure, and locks both
// streams while piping.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  let produced = 0;
  let maxQueued = 0;
  const rs = new ReadableStream({
    pull(c) {
      c.enqueue(produced++);
      if (produced === 20) c.close();
    },
  });
  const got = [];
  let inFlight = 0;
  const ws = new WritableStream({
    async write(chunk) {
      inFlight++;
      maxQueued = Math.max(maxQueued, produced - got.length);
      await new Promise((r) => setTimeout(r, 1));
      got.push(chunk);
      inFlight--;
    },
    close: common.mustCall(),
  }, { highWaterMark: 2 });
  const piping = rs.pipeTo(ws);
  assert.strictEqual(rs.locked, true);
  assert.strictEqual(ws.locked, true);
  await piping;
  assert.strictEqual(rs.locked, false);
  assert.strictEqual(ws.locked, false);
  assert.deepStrictEqual(got, Array.from({ length: 20 }, (_, i) => i));
  // Reads stay within the destination's highWaterMark and the source's.
  assert.ok(maxQueued <= 5, `maxQueued ${maxQueued}`);

  // preventClose leaves the destination open and unlocked.
  const open = new WritableStream({ write: common.mustCall(3), close: common.mustCall() });
  await ReadableStream.from([1, 2]).pipeTo(open, { preventClose: true });
  const writer = open.getWriter();
  await writer.write(3);
  await writer.close();

  await assert.rejects(new ReadableStream().pipeTo({}), { code: 'ERR_INVALID_ARG_TYPE' });
  const locked = new ReadableStream();
  locked.getReader();
  await assert.rejects(locked.pipeTo(new WritableStream()), {
    message: 'Invalid state: The ReadableStream is locked',
  });
})().then(common.mustCall());

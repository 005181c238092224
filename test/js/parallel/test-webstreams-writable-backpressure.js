'use strict';
// A writer's desiredSize is highWaterMark minus the queued size (the write
// in flight included); ready is pending while it is <= 0 and resolves when
// the sink catches up.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  const done = [];
  const ws = new WritableStream({
    write(chunk) {
      return new Promise((r) => setTimeout(() => { done.push(chunk); r(); }, 50));
    },
  }, new ByteLengthQueuingStrategy({ highWaterMark: 10 }));
  const writer = ws.getWriter();
  await writer.ready;
  writer.write(new Uint8Array(4));
  assert.strictEqual(writer.desiredSize, 6);
  writer.write(new Uint8Array(8));
  assert.strictEqual(writer.desiredSize, -2);
  let ready = false;
  const readyPromise = writer.ready.then(() => { ready = true; });
  await new Promise((r) => setImmediate(r));
  assert.strictEqual(ready, false);
  await readyPromise;
  // The first write finished: 8 bytes queued, desiredSize 2.
  assert.deepStrictEqual(done.map((c) => c.length), [4]);
  assert.strictEqual(writer.desiredSize, 2);
  await writer.close();
  assert.deepStrictEqual(done.map((c) => c.length), [4, 8]);

  // highWaterMark 0: ready is pending from the start until... never drained
  // below zero, yet writes are accepted.
  const zero = new WritableStream({}, { highWaterMark: 0 });
  const zw = zero.getWriter();
  assert.strictEqual(zw.desiredSize, 0);
  await zw.write('x');
  assert.strictEqual(zw.desiredSize, 0);
})().then(common.mustCall());

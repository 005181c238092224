'use strict';
// pull() is called while desiredSize (highWaterMark minus the queued size)
// is positive, and again after reads drain the queue; a size() strategy
// measures the chunks.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  const sizes = [];
  let pulls = 0;
  const rs = new ReadableStream({
    pull(c) {
      pulls++;
      sizes.push(c.desiredSize);
      c.enqueue('x'.repeat(pulls));
    },
  }, { highWaterMark: 4, size: (chunk) => chunk.length });
  // start() resolves, then pull runs until the queue holds >= 4 units.
  await new Promise((r) => setTimeout(r, 10));
  assert.deepStrictEqual(sizes, [4, 3, 1]);
  const reader = rs.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 'x', done: false });
  await new Promise((r) => setTimeout(r, 10));
  // 'xx' + 'xxx' = 5 units queued after the read: no more pulls.
  assert.strictEqual(pulls, 3);
  await reader.read();
  await reader.read();
  await new Promise((r) => setTimeout(r, 10));
  assert.ok(pulls > 3);

  // highWaterMark 0: pull only on demand.
  let demand = 0;
  const lazy = new ReadableStream({ pull(c) { demand++; c.enqueue(demand); } }, { highWaterMark: 0 });
  await new Promise((r) => setTimeout(r, 10));
  assert.strictEqual(demand, 0);
  const lr = lazy.getReader();
  assert.deepStrictEqual(await lr.read(), { value: 1, done: false });
  assert.strictEqual(demand, 1);

  // A size() that throws errors the stream.
  const bad = new ReadableStream({
    start(c) {
      assert.throws(() => c.enqueue(1), /no size/);
      assert.strictEqual(c.desiredSize, null);
    },
  }, { size() { throw new Error('no size'); } });
  await assert.rejects(bad.getReader().read(), /no size/);
})().then(common.mustCall());

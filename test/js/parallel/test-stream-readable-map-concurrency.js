'use strict';
// map() with concurrency runs up to that many calls at once and still emits
// results in input order; aborting its signal fails the stream.
const assert = require('node:assert');
const { Readable } = require('node:stream');
const common = require('../../common');

(async () => {
  let running = 0;
  let peak = 0;
  const out = await Readable.from([1, 2, 3, 4, 5, 6]).map(async (x) => {
    running++;
    peak = Math.max(peak, running);
    await new Promise((resolve) => setTimeout(resolve, 8 - x));
    running--;
    return x * 10;
  }, { concurrency: 3 }).toArray();
  assert.deepStrictEqual(out, [10, 20, 30, 40, 50, 60]);
  assert.strictEqual(peak, 3);

  // Each call receives a signal.
  await Readable.from([1]).map((x, opts) => {
    assert.ok(opts.signal instanceof AbortSignal);
    return x;
  }).toArray();

  const ac = new AbortController();
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  const p = r.map((x) => x, { signal: ac.signal }).toArray();
  setTimeout(() => { ac.abort(); r.push(2); }, 1);
  await assert.rejects(p, { name: 'AbortError' });

  assert.throws(() => Readable.from([1]).map((x) => x, { concurrency: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
  });
})().then(common.mustCall());

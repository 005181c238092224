'use strict';
// The promise-returning helpers: toArray, forEach, some, every, find,
// reduce (with and without an initial value; empty stream error).
const assert = require('node:assert');
const { Readable } = require('node:stream');
const common = require('../../common');

const src = () => Readable.from([1, 2, 3, 4]);

(async () => {
  assert.deepStrictEqual(await src().toArray(), [1, 2, 3, 4]);
  const seen = [];
  assert.strictEqual(await src().forEach((x) => { seen.push(x); }), undefined);
  assert.deepStrictEqual(seen, [1, 2, 3, 4]);
  assert.strictEqual(await src().some((x) => x > 3), true);
  assert.strictEqual(await src().some((x) => x > 9), false);
  assert.strictEqual(await src().every((x) => x > 0), true);
  assert.strictEqual(await src().every(async (x) => x < 4), false);
  assert.strictEqual(await src().find((x) => x > 2), 3);
  assert.strictEqual(await src().find((x) => x > 9), undefined);
  assert.strictEqual(await src().reduce((a, b) => a + b), 10);
  assert.strictEqual(await src().reduce(async (a, b) => a + b, 5), 15);
  await assert.rejects(Readable.from([]).reduce((a, b) => a + b), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'Reduce of an empty stream requires an initial value',
  });
  await assert.rejects(src().reduce('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(src().forEach(null), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(src().toArray({ signal: AbortSignal.abort() }), { name: 'AbortError' });
})().then(common.mustCall());

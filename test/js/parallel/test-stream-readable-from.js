'use strict';
// Readable.from: arrays and other iterables, async generators, sync
// iterables of promises, strings and Buffers as one chunk; objectMode with
// highWaterMark 1 by default; null values and non-iterables are errors.
const assert = require('node:assert');
const { Readable } = require('node:stream');
const common = require('../../common');

(async () => {
  assert.deepStrictEqual(await Readable.from([1, 2, 3]).toArray(), [1, 2, 3]);
  assert.deepStrictEqual(await Readable.from('text').toArray(), ['text']);
  const bufs = await Readable.from(Buffer.from('buf')).toArray();
  assert.strictEqual(String(bufs[0]), 'buf');
  assert.deepStrictEqual(await Readable.from(new Set(['s'])).toArray(), ['s']);
  async function* gen() { yield 'a'; await null; yield 'b'; }
  assert.deepStrictEqual(await Readable.from(gen()).toArray(), ['a', 'b']);
  assert.deepStrictEqual(
    await Readable.from([Promise.resolve(1), 2, Promise.resolve(3)]).toArray(), [1, 2, 3]);

  const r = Readable.from([1]);
  assert.strictEqual(r.readableObjectMode, true);
  assert.strictEqual(r.readableHighWaterMark, 1);
  const bytes = Readable.from(['a', 'b'], { objectMode: false });
  assert.strictEqual(bytes.readableObjectMode, false);
  assert.strictEqual(String(Buffer.concat(await bytes.toArray())), 'ab');

  await assert.rejects(Readable.from([1, null]).toArray(), {
    code: 'ERR_STREAM_NULL_VALUES',
    name: 'TypeError',
  });
  assert.throws(() => Readable.from(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "iterable" argument must be an instance of Iterable. Received type number (5)',
  });

  // Destroying closes the generator (its finally runs).
  let cleaned = false;
  async function* endless() {
    try {
      for (;;) yield 'x';
    } finally {
      cleaned = true;
    }
  }
  const e = Readable.from(endless());
  for await (const x of e) {
    assert.strictEqual(x, 'x');
    break;
  }
  assert.strictEqual(cleaned, true);
})().then(common.mustCall());

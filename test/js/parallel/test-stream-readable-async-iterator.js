'use strict';
// for await over a Readable: yields chunks, finishes at 'end', rethrows the
// stream's error, and breaking out destroys the stream unless iterator()
// was asked not to.
const assert = require('node:assert');
const { Readable } = require('node:stream');
const common = require('../../common');

(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  setTimeout(() => { r.push(2); r.push(null); }, 1);
  const seen = [];
  for await (const x of r) seen.push(x);
  assert.deepStrictEqual(seen, [1, 2]);

  const b = Readable.from([1, 2, 3]);
  for await (const x of b) {
    if (x === 1) break;
  }
  assert.strictEqual(b.destroyed, true);

  const k = Readable.from([1, 2, 3]);
  for await (const x of k.iterator({ destroyOnReturn: false })) {
    assert.strictEqual(x, 1);
    break;
  }
  assert.strictEqual(k.destroyed, false);
  assert.deepStrictEqual(await k.toArray(), [2, 3]);

  const e = new Readable({ read() {} });
  setTimeout(() => e.destroy(new Error('kaboom')), 1);
  await assert.rejects(async () => {
    for await (const x of e) assert.fail(`unexpected ${x}`);
  }, /kaboom/);

  // Byte mode: everything queued comes as one chunk per read().
  const bytes = new Readable({ read() {} });
  bytes.push('ab');
  bytes.push('cd');
  bytes.push(null);
  const chunks = [];
  for await (const c of bytes) chunks.push(String(c));
  assert.deepStrictEqual(chunks, ['abcd']);

  assert.throws(() => bytes.iterator('x'), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());

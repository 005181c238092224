'use strict';
// stream/promises pipeline: resolves with the destination function's value,
// takes { signal } as a trailing options object (aborting destroys the
// streams and rejects with AbortError); util.promisify gives the same.
const assert = require('node:assert');
const util = require('node:util');
const stream = require('node:stream');
const sp = require('node:stream/promises');
const common = require('../../common');

const { Readable, PassThrough } = stream;

assert.strictEqual(sp, stream.promises);
assert.strictEqual(util.promisify(stream.pipeline), sp.pipeline);
assert.strictEqual(util.promisify(stream.finished), sp.finished);

(async () => {
  const value = await sp.pipeline(Readable.from(['a', 'b']), async (source) => {
    const parts = [];
    for await (const c of source) parts.push(c);
    return parts.join('+');
  });
  assert.strictEqual(value, 'a+b');

  const ac = new AbortController();
  const src = new Readable({ read() {} });
  const p = sp.pipeline(src, new PassThrough(), { signal: ac.signal });
  ac.abort();
  await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });
  assert.strictEqual(src.destroyed, true);

  await assert.rejects(
    sp.pipeline(Readable.from(['x']), new PassThrough(), { signal: AbortSignal.abort() }),
    { name: 'AbortError' });

  await assert.rejects(
    sp.pipeline(Readable.from(['x']), new PassThrough(), { signal: 'no' }),
    { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());

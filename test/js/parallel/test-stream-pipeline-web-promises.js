'use strict';
// stream/promises pipeline() with web streams: resolves once the destination
// closed; `end: false` leaves the WritableStream open and locked; an
// already-aborted signal rejects with an AbortError once the data is through.
const assert = require('node:assert');
const { pipeline } = require('node:stream/promises');
const common = require('../../common');

(async () => {
  const out = [];
  let closed = false;
  await pipeline(ReadableStream.from(['a', 'b']), new WritableStream({
    write(c) { out.push(c); },
    close() { closed = true; },
  }));
  assert.deepStrictEqual(out, ['a', 'b']);
  assert.strictEqual(closed, true);

  const ws = new WritableStream({ close: common.mustNotCall() });
  await pipeline(ReadableStream.from(['c']), ws, { end: false });
  assert.strictEqual(ws.locked, true);

  await assert.rejects(
    pipeline(ReadableStream.from(['d']), new WritableStream(), { signal: AbortSignal.abort() }),
    { name: 'AbortError' });
})().then(common.mustCall());

'use strict';
// CompressionStream and DecompressionStream ('gzip', 'deflate',
// 'deflate-raw') over zlib: round trips, output readable by zlib, and a
// corrupt input errors the stream.
const assert = require('node:assert');
const zlib = require('node:zlib');
const common = require('../../common');

async function pump(pair, chunks) {
  const w = pair.writable.getWriter();
  for (const c of chunks) w.write(c);
  w.close();
  const out = [];
  for await (const c of pair.readable) out.push(c);
  return Buffer.concat(out);
}

(async () => {
  const input = Buffer.from('hello web streams '.repeat(200));
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const packed = await pump(new CompressionStream(format), [input.subarray(0, 100), input.subarray(100)]);
    assert.ok(packed.length < input.length);
    const unzip = { gzip: zlib.gunzipSync, deflate: zlib.inflateSync, 'deflate-raw': zlib.inflateRawSync }[format];
    assert.deepStrictEqual(unzip(packed), input);
    const unpacked = await pump(new DecompressionStream(format), [packed.subarray(0, 7), packed.subarray(7)]);
    assert.deepStrictEqual(unpacked, input);
  }
  const bad = new DecompressionStream('gzip');
  const w = bad.writable.getWriter();
  w.write(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).catch(() => {});
  w.close().catch(() => {});
  await assert.rejects(bad.readable.getReader().read(), { code: 'Z_DATA_ERROR' });
  assert.throws(() => new CompressionStream('zip'), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'format' is invalid. Received 'zip'",
  });
  assert.throws(() => new DecompressionStream(), { code: 'ERR_INVALID_ARG_VALUE' });
})().then(common.mustCall());

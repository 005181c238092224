// info: true returns { buffer, engine }; maxOutputLength caps the output of
// the one-shot functions and of streams used through them; util.promisify.
'use strict';
const common = require('../../common');
const assert = require('assert');
const util = require('util');
const zlib = require('zlib');

const text = 'information '.repeat(1000);

{
  const r = zlib.gzipSync(text, { info: true });
  assert.deepStrictEqual(Object.keys(r), ['buffer', 'engine']);
  assert.ok(r.engine instanceof zlib.Gzip);
  assert.strictEqual(r.engine.bytesWritten, text.length);
  assert.strictEqual(r.engine._closed, true);
  assert.strictEqual(zlib.gunzipSync(r.buffer).toString(), text);
}
zlib.deflate(text, { info: true }, common.mustSucceed((r) => {
  assert.ok(r.engine instanceof zlib.Deflate);
  assert.strictEqual(r.engine.bytesWritten, text.length);
  assert.strictEqual(zlib.inflateSync(r.buffer).toString(), text);
}));
zlib.brotliCompress(text, { info: true }, common.mustSucceed((r) => {
  assert.ok(r.engine instanceof zlib.BrotliCompress);
  assert.strictEqual(zlib.brotliDecompressSync(r.buffer).toString(), text);
}));
zlib.gunzip(zlib.gzipSync(text), common.mustSucceed((b) => {
  assert.strictEqual(b.toString(), text);
}));

const packed = zlib.gzipSync(text);
for (const max of [1, 100, text.length - 1]) {
  assert.throws(() => zlib.gunzipSync(packed, { maxOutputLength: max }), {
    name: 'RangeError',
    code: 'ERR_BUFFER_TOO_LARGE',
    message: `Cannot create a Buffer larger than ${max} bytes`,
  });
  zlib.gunzip(packed, { maxOutputLength: max }, common.mustCall((err, res) => {
    assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
    assert.strictEqual(res, undefined);
  }));
  zlib.gunzip(packed, { maxOutputLength: max, info: true }, common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
  }));
}
assert.strictEqual(zlib.gunzipSync(packed, { maxOutputLength: text.length }).length, text.length);
zlib.brotliDecompress(zlib.brotliCompressSync(text), { maxOutputLength: 10 }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
}));
// A bomb: 50 MB of zeros in ~50 KB stops early.
const bomb = zlib.deflateSync(Buffer.alloc(50 * 1024 * 1024));
assert.ok(bomb.length < 100000);
assert.throws(() => zlib.inflateSync(bomb, { maxOutputLength: 1 << 20 }), { code: 'ERR_BUFFER_TOO_LARGE' });

(async () => {
  const gz = await util.promisify(zlib.gzip)(text);
  assert.strictEqual((await util.promisify(zlib.gunzip)(gz)).toString(), text);
  const br = await util.promisify(zlib.brotliCompress)(text);
  assert.strictEqual((await util.promisify(zlib.brotliDecompress)(br)).toString(), text);
  await assert.rejects(util.promisify(zlib.inflate)(Buffer.from('nope')), { code: 'Z_DATA_ERROR' });
})().then(common.mustCall());

// Corrupt, truncated and oversized input fails with node's errors in every
// form, and random garbage never crashes or hangs a decompressor.
'use strict';
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');

const text = 'some text to compress, some text to compress. '.repeat(40);
const gz = zlib.gzipSync(text);

assert.throws(() => zlib.gunzipSync(Buffer.from('not gzip data')), {
  name: 'Error', message: 'incorrect header check', code: 'Z_DATA_ERROR', errno: -3,
});
assert.throws(() => zlib.gunzipSync(gz.subarray(0, gz.length - 3)), {
  message: 'unexpected end of file', code: 'Z_BUF_ERROR', errno: -5,
});
assert.throws(() => zlib.inflateSync(Buffer.alloc(0)), { code: 'Z_BUF_ERROR' });
assert.throws(() => zlib.brotliDecompressSync(Buffer.from('not brotli data')), {
  message: 'Decompression failed', code: /^ERR__ERROR_FORMAT_/,
});
assert.throws(() => zlib.gunzipSync(gz, { maxOutputLength: 10 }), {
  name: 'RangeError', code: 'ERR_BUFFER_TOO_LARGE',
  message: 'Cannot create a Buffer larger than 10 bytes',
});
// The error object carries exactly errno and code, like node's.
try {
  zlib.inflateSync(Buffer.from('xxxx'));
} catch (e) {
  assert.deepStrictEqual(Object.keys(e), ['errno', 'code']);
  assert.strictEqual(Object.getPrototypeOf(e), Error.prototype);
}

zlib.gunzip(Buffer.from('not gzip data'), common.mustCall((err, res) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(res, undefined);
}));
zlib.gunzip(gz, { maxOutputLength: 100 }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
}));
zlib.brotliDecompress(zlib.brotliCompressSync(text).subarray(0, 10), common.mustCall((err) => {
  assert.strictEqual(err.code, 'Z_BUF_ERROR');
  assert.strictEqual(err.message, 'unexpected end of file');
}));

// A stream: data decoded before the corruption is delivered, then 'error',
// then 'close'; the write callback never runs.
{
  const big = zlib.gzipSync(Buffer.alloc(200000, 'z'));
  const broken = Buffer.concat([big, Buffer.from('garbage!')]);
  const s = zlib.createGunzip();
  let got = 0;
  s.on('data', (d) => { got += d.length; });
  s.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'incorrect header check');
    assert.strictEqual(got, 12 * 16384);  // the failing piece is dropped, as in node
  }));
  s.on('close', common.mustCall());
  s.on('end', common.mustNotCall());
  s.end(broken);
}

// Random garbage into every decompressor, sync and async: errors or data,
// never a crash or a hang.
let seed = 99;
function rnd() {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed >>> 16;
}
const fns = ['gunzip', 'inflate', 'inflateRaw', 'unzip', 'brotliDecompress'];
for (let i = 0; i < 60; i++) {
  const n = rnd() % 300;
  const junk = Buffer.alloc(n);
  for (let j = 0; j < n; j++) junk[j] = rnd() & 0xff;
  // Sometimes a valid header followed by junk.
  const input = i % 3 === 0 ? Buffer.concat([gz.subarray(0, 10), junk]) : junk;
  for (const fn of fns) {
    try {
      zlib[fn + 'Sync'](input);
    } catch (e) {
      assert.ok(typeof e.code === 'string', e.message);
    }
    zlib[fn](input, common.mustCall((err, out) => {
      assert.ok(err ? typeof err.code === 'string' : Buffer.isBuffer(out));
    }));
  }
}

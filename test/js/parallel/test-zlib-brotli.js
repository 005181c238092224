// Brotli: params (quality, mode, window, size hint), validation, errors and
// flush operations.
'use strict';
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const { constants: C } = zlib;

const text = Buffer.from('brotli '.repeat(5000));
for (const quality of [0, 1, 5, 9, 11]) {
  const out = zlib.brotliCompressSync(text, { params: { [C.BROTLI_PARAM_QUALITY]: quality } });
  assert.ok(out.length < 200, `q${quality}: ${out.length}`);
  assert.ok(zlib.brotliDecompressSync(out).equals(text));
}
const tuned = zlib.brotliCompressSync(text, {
  params: {
    [C.BROTLI_PARAM_MODE]: C.BROTLI_MODE_TEXT,
    [C.BROTLI_PARAM_LGWIN]: 16,
    [C.BROTLI_PARAM_SIZE_HINT]: text.length,
    [C.BROTLI_PARAM_LARGE_WINDOW]: false,
  },
});
assert.ok(zlib.brotliDecompressSync(tuned).equals(text));

assert.throws(() => zlib.createBrotliCompress({ params: { foo: 1 } }), {
  name: 'RangeError', code: 'ERR_BROTLI_INVALID_PARAM', message: 'foo is not a valid Brotli parameter',
});
assert.throws(() => zlib.createBrotliCompress({ params: { 100: 1 } }), { code: 'ERR_BROTLI_INVALID_PARAM' });
assert.throws(() => zlib.createBrotliCompress({ params: { [C.BROTLI_PARAM_QUALITY]: '4' } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.params[key]" property must be of type number. Received type string (\'4\')',
});
// Decoder parameters the library does not know fail at construction.
assert.throws(() => zlib.createBrotliDecompress({ params: { 5: 1 } }), {
  code: 'ERR_ZLIB_INITIALIZATION_FAILED', message: 'Initialization failed',
});
assert.throws(() => zlib.createBrotliCompress({ flush: 4 }), { code: 'ERR_OUT_OF_RANGE' });

assert.throws(() => zlib.brotliDecompressSync(Buffer.from('this is not brotli data')), (e) => {
  return e.message === 'Decompression failed' && /^ERR__ERROR_/.test(e.code) && e.errno < 0;
});
assert.throws(() => zlib.brotliDecompressSync(Buffer.alloc(0)), {
  message: 'unexpected end of file', code: 'Z_BUF_ERROR', errno: -5,
});

// Writing after finishing the stream is the encoder's error.
const b = zlib.createBrotliCompress();
b.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'Compression failed');
  assert.strictEqual(err.code, 'ERR_BROTLI_COMPRESSION_FAILED');
  assert.strictEqual(err.errno, -1);
}));
b.resume();
b.write('some');
b.flush(C.BROTLI_OPERATION_FINISH, common.mustCall(() => b.write('more')));

// Streams of many small writes, with metadata-free flushes.
const enc = zlib.createBrotliCompress({ flush: C.BROTLI_OPERATION_FLUSH });
const dec = zlib.createBrotliDecompress();
enc.pipe(dec);
let out = '';
dec.setEncoding('utf8');
dec.on('data', (s) => { out += s; });
dec.on('end', common.mustCall(() => assert.strictEqual(out, 'abc'.repeat(300))));
for (let i = 0; i < 300; i++) enc.write('abc');
enc.end();

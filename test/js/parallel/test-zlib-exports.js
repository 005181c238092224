// The module surface: classes, factories, convenience functions, constants
// and codes (frozen), deprecated top-level constant aliases, no web streams.
'use strict';
const assert = require('assert');
const zlib = require('zlib');

assert.strictEqual(require('node:zlib'), zlib);
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
                    'BrotliCompress', 'BrotliDecompress']) {
  assert.strictEqual(typeof zlib[name], 'function', name);
  const s = zlib[`create${name}`]();
  assert.ok(s instanceof zlib[name], name);
  assert.strictEqual(s.constructor, zlib[name]);
  assert.strictEqual(typeof s.flush, 'function');
  assert.strictEqual(typeof s.params, 'function');
  assert.strictEqual(typeof s.reset, 'function');
  assert.strictEqual(typeof s.close, 'function');
  assert.strictEqual(s.bytesWritten, 0);
  s.close();
}
for (const fn of ['deflate', 'inflate', 'gzip', 'gunzip', 'deflateRaw', 'inflateRaw', 'unzip',
                  'brotliCompress', 'brotliDecompress']) {
  assert.strictEqual(typeof zlib[fn], 'function', fn);
  assert.strictEqual(typeof zlib[`${fn}Sync`], 'function', fn);
}
assert.strictEqual(zlib.gzip.name, 'asyncBufferWrapper');
assert.strictEqual(zlib.gzipSync.name, 'syncBufferWrapper');

const { constants, codes } = zlib;
assert.strictEqual(Object.getPrototypeOf(constants), null);
assert.strictEqual(constants.Z_OK, 0);
assert.strictEqual(constants.Z_DEFAULT_CHUNK, 16384);
assert.strictEqual(constants.Z_MAX_CHUNK, Infinity);
assert.strictEqual(constants.BROTLI_MAX_QUALITY, 11);
assert.strictEqual(constants.BROTLI_DECODER_ERROR_UNREACHABLE, -31);
assert.strictEqual(constants.DEFLATE, 1);
assert.strictEqual(constants.BROTLI_ENCODE, 9);
assert.strictEqual(typeof constants.ZLIB_VERNUM, 'number');
assert.ok(Object.isFrozen(codes));
assert.strictEqual(codes.Z_DATA_ERROR, -3);
assert.strictEqual(codes['-3'], 'Z_DATA_ERROR');
assert.strictEqual(codes[2], 'Z_NEED_DICT');
assert.throws(() => { 'use strict'; zlib.constants = {}; }, TypeError);

// Deprecated aliases: zlib constants only, not enumerable, read-only.
assert.strictEqual(zlib.Z_OK, 0);
assert.strictEqual(zlib.Z_BEST_COMPRESSION, 9);
assert.strictEqual(zlib.Z_DEFAULT_CHUNK, 16384);
assert.strictEqual(zlib.BROTLI_PARAM_QUALITY, undefined);
assert.ok(!Object.keys(zlib).includes('Z_OK'));
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(zlib, 'Z_FINISH'),
                       { value: 4, writable: false, enumerable: false, configurable: false });
assert.ok(Object.keys(zlib).includes('constants'));
assert.ok(Object.keys(zlib).includes('createGzip'));

assert.strictEqual(typeof zlib.crc32, 'function');

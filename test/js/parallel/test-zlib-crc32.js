// zlib.crc32(data, value): strings as UTF-8, any view, incremental use.
'use strict';
const assert = require('assert');
const zlib = require('zlib');

assert.strictEqual(zlib.crc32(''), 0);
assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32('123456789'), 0xcbf43926);
assert.strictEqual(zlib.crc32(Buffer.from('hello')), 907060870);
assert.strictEqual(zlib.crc32('€'), zlib.crc32(Buffer.from('€', 'utf8')));
assert.strictEqual(zlib.crc32(new Uint16Array([0x6968])), zlib.crc32('hi'));
const hi = Buffer.from('hi');
assert.strictEqual(zlib.crc32(new DataView(hi.buffer, hi.byteOffset, 2)), zlib.crc32('hi'));
assert.strictEqual(zlib.crc32('hello', 5), 4277152246);
let crc = 0;
for (const part of ['12', '345', '6789']) crc = zlib.crc32(part, crc);
assert.strictEqual(crc, 0xcbf43926);
const big = Buffer.alloc(3 * 1024 * 1024, 7);
assert.strictEqual(zlib.crc32(big), zlib.crc32(big.subarray(1024), zlib.crc32(big.subarray(0, 1024))));
// The gzip trailer holds the crc32 of the data.
const gz = zlib.gzipSync('trailer check');
assert.strictEqual(gz.readUInt32LE(gz.length - 8), zlib.crc32('trailer check'));

assert.throws(() => zlib.crc32(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, ' +
           'TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => zlib.crc32('x', -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => zlib.crc32('x', 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.crc32(new ArrayBuffer(1)), { code: 'ERR_INVALID_ARG_TYPE' });

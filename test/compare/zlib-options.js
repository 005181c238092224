// node:zlib argument checking: option ranges and types, brotli params,
// params(), crc32 and input types, with node's codes and messages.
'use strict';
const zlib = require('zlib');
const { constants } = zlib;

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? `<${r.length} bytes>` : r);
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`, e.code);
  }
}

const bad = [1.5, -2, 10, 16, NaN, Infinity, -Infinity, '3', null, true, {}, 1e12];
for (const key of ['level', 'windowBits', 'memLevel', 'strategy', 'chunkSize', 'flush',
                   'finishFlush', 'maxOutputLength']) {
  for (const v of bad) {
    attempt(`deflate ${key}=${String(v)}`, () => zlib.deflateSync('abc', { [key]: v }));
  }
}
for (const mode of ['gzip', 'deflateRaw', 'inflate', 'gunzip', 'unzip', 'inflateRaw']) {
  for (const wb of [0, 8, 9, 15]) {
    attempt(`${mode} windowBits=${wb}`, () => zlib[mode]('x', { windowBits: wb }, () => {}));
  }
}
attempt('dictionary string', () => zlib.deflateSync('x', { dictionary: 'abc' }));
attempt('dictionary number', () => zlib.deflateSync('x', { dictionary: 5 }));
attempt('dictionary ArrayBuffer', () => zlib.deflateSync('x', { dictionary: new ArrayBuffer(4) }));
attempt('dictionary Uint16Array', () => zlib.deflateSync('x', { dictionary: new Uint16Array(2) }));
attempt('brotli flush=4', () => zlib.brotliCompressSync('x', { flush: 4 }));
attempt('brotli finishFlush=6', () => zlib.brotliCompressSync('x', { finishFlush: 6 }).length);

const P = constants.BROTLI_PARAM_QUALITY;
for (const params of [{ abc: 1 }, { 9: 1 }, { '-1': 1 }, { 1.5: 1 }, { [P]: 'x' }, { [P]: null },
                      { [P]: true }, { [P]: 99 }, { [P]: -3 },
                      { [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
                      { [constants.BROTLI_PARAM_LGWIN]: 10 },
                      { [constants.BROTLI_PARAM_SIZE_HINT]: 3 }]) {
  attempt(`brotliCompress params ${JSON.stringify(params)}`,
          () => zlib.brotliDecompressSync(zlib.brotliCompressSync('hello hello', { params })).toString());
}
for (const params of [{ 0: 1 }, { 1: 1 }, { 2: 1 }, { 5: 0 }]) {
  attempt(`brotliDecompress params ${JSON.stringify(params)}`,
          () => zlib.brotliDecompressSync(zlib.brotliCompressSync('hi'), { params }).toString());
}

for (const input of [123, null, undefined, {}, [1, 2], Symbol.iterator, 5n]) {
  attempt(`deflateSync(${typeof input})`, () => zlib.deflateSync(input));
  attempt(`gzip(${typeof input})`, () => zlib.gzip(input, () => {}));
}
attempt('gzip without callback', () => zlib.gzip('x'));
attempt('gzip callback not a function', () => zlib.gzip('x', {}, 'nope'));

const d = zlib.createDeflate();
for (const [level, strategy] of [[10, 0], [1, 5], ['1', 0], [1, '0'], [NaN, 0], [-1, 0]]) {
  attempt(`params(${String(level)}, ${String(strategy)})`,
          () => d.params(level, strategy, () => console.log('params cb', level, strategy)));
}
d.resume();

for (const [data, value] of [['hello', undefined], ['hello', 0], [Buffer.from('hello'), 12345],
                             ['', 7], ['héllo €', 0], [new Uint8Array([1, 2, 3]), 4294967295],
                             [new DataView(new ArrayBuffer(8)), 1],
                             [5, 0], [null, 0], ['x', -1], ['x', 2 ** 32], ['x', 1.5],
                             ['x', '1'], [new ArrayBuffer(3), 0]]) {
  attempt(`crc32(${typeof data}, ${String(value)})`, () => zlib.crc32(data, value));
}
let crc = 0;
for (const part of ['hel', 'lo ', 'world']) crc = zlib.crc32(part, crc);
console.log('incremental crc32', crc, zlib.crc32('hello world'));

// node:zlib stream output boundaries: chunk sizes for different chunkSize,
// flush and write patterns, bytesWritten, and deterministic output bytes
// (small inputs and Huffman-only/RLE strategies compress identically; node's
// bundled zlib finds different matches than the system one otherwise, so
// compressed inputs below use Huffman-only coding).
'use strict';
const zlib = require('zlib');
const H = { strategy: zlib.constants.Z_HUFFMAN_ONLY };

function text(n) {
  let s = '';
  let x = 1;
  while (s.length < n) {
    x = (x * 69069 + 1) >>> 0;
    s += 'abcdefghij'[x >>> 28 & 7] + (x % 13 === 0 ? ' ' : '');
  }
  return s.slice(0, n);
}

const runs = [
  ['inflate chunk=100', () => zlib.createInflate({ chunkSize: 100 }),
   [zlib.deflateSync(Buffer.alloc(1000, 'b')).subarray(0, 5),
    zlib.deflateSync(Buffer.alloc(1000, 'b')).subarray(5)]],
  ['gunzip chunk=64', () => zlib.createGunzip({ chunkSize: 64 }), [zlib.gzipSync(text(3000), H)]],
  ['gunzip default', () => zlib.createGunzip(), [zlib.gzipSync(text(100000), H)]],
  ['deflate chunk=64 flush', () => zlib.createDeflate({ chunkSize: 64, ...H }), ['a'.repeat(1000), 'FLUSH', text(500)]],
  ['gzip huffman', () => zlib.createGzip({ strategy: zlib.constants.Z_HUFFMAN_ONLY }), [text(20000)]],
  ['deflateRaw rle chunk=1024', () => zlib.createDeflateRaw({ strategy: zlib.constants.Z_RLE, chunkSize: 1024 }),
   [text(5000), text(7000)]],
  ['deflate sync flush option', () => zlib.createDeflate({ flush: zlib.constants.Z_SYNC_FLUSH }),
   ['one', 'two', 'three']],
  ['unzip bytes', () => zlib.createUnzip({ chunkSize: 256 }), [zlib.gzipSync(text(2000), H)]],
  ['brotli decompress chunk=512', () => zlib.createBrotliDecompress({ chunkSize: 512 }),
   [zlib.brotliCompressSync(text(4000))]],
  ['inflate stops at stream end', () => zlib.createInflate(),
   [Buffer.concat([zlib.deflateSync('abc'), Buffer.from('tail')])]],
];

function runOne(i) {
  if (i === runs.length) return;
  const [label, make, writes] = runs[i];
  const s = make();
  const sizes = [];
  const all = [];
  s.on('data', (c) => { sizes.push(c.length); all.push(c); });
  s.on('end', () => {
    const out = Buffer.concat(all);
    console.log(label, 'sizes', sizes.join(','), 'bytesWritten', s.bytesWritten);
    if (/huffman|rle|sync flush/.test(label)) console.log(label, 'bytes', out.toString('base64'));
    runOne(i + 1);
  });
  for (const w of writes) {
    if (w === 'FLUSH') s.flush();
    else s.write(w);
  }
  s.end();
}
runOne(0);

// Sync outputs for the deterministic strategies, compared byte for byte.
for (const strategy of [zlib.constants.Z_HUFFMAN_ONLY, zlib.constants.Z_RLE]) {
  for (const level of [1, 6, 9]) {
    const out = zlib.deflateSync(text(30000), { strategy, level });
    console.log('strategy', strategy, 'level', level, out.length, zlib.crc32(out));
  }
}

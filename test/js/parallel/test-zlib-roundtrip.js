// Every format round-trips every size (empty, 1 byte, small, multi-MiB) through
// the Sync functions, the callback functions and the streams.
'use strict';
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');

const pairs = [
  ['deflate', 'inflate', zlib.createDeflate, zlib.createInflate],
  ['gzip', 'gunzip', zlib.createGzip, zlib.createGunzip],
  ['deflateRaw', 'inflateRaw', zlib.createDeflateRaw, zlib.createInflateRaw],
  ['gzip', 'unzip', zlib.createGzip, zlib.createUnzip],
  ['deflate', 'unzip', zlib.createDeflate, zlib.createUnzip],
  ['brotliCompress', 'brotliDecompress', zlib.createBrotliCompress, zlib.createBrotliDecompress],
];

// Pseudo-random bytes (incompressible) and repetitive text (compressible).
function randomBytes(n, seed) {
  const b = Buffer.allocUnsafe(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}
let line = '';
for (let i = 0; i < 50; i++) line += `word${i % 7} `;
const text = Buffer.from(line.repeat(Math.ceil(3 * 1024 * 1024 / line.length)));

const inputs = [
  Buffer.alloc(0),
  Buffer.from('x'),
  Buffer.from('hello zlib world'),
  randomBytes(100000, 7),
  text,
  randomBytes(2 * 1024 * 1024 + 3, 11),
];

function streamRoundTrip(createC, createD, input, cb) {
  const c = createC();
  const d = createD();
  const out = [];
  c.pipe(d);
  d.on('data', (chunk) => out.push(chunk));
  d.on('end', () => cb(Buffer.concat(out)));
  // Feed in uneven pieces.
  let pos = 0;
  let step = 1;
  while (pos < input.length) {
    c.write(input.subarray(pos, pos + step));
    pos += step;
    step = Math.min(step * 3 + 1, 300000);
  }
  c.end();
}

for (const [comp, decomp, createC, createD] of pairs) {
  for (const input of inputs) {
    // Brotli at quality 11 on megabytes is slow; quality 4 is enough here.
    const opts = comp === 'brotliCompress' ?
      { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } } : {};
    const packed = zlib[comp + 'Sync'](input, opts);
    assert.ok(Buffer.isBuffer(packed));
    const back = zlib[decomp + 'Sync'](packed);
    assert.ok(back.equals(input), `${comp}/${decomp} sync, ${input.length} bytes`);

    zlib[comp](input, opts, common.mustSucceed((packed2) => {
      zlib[decomp](packed2, common.mustSucceed((back2) => {
        assert.ok(back2.equals(input), `${comp}/${decomp} async, ${input.length} bytes`);
      }));
    }));

    if (input.length <= 200000) {
      streamRoundTrip(() => createC(opts), createD, input, common.mustCall((back3) => {
        assert.ok(back3.equals(input), `${comp}/${decomp} stream, ${input.length} bytes`);
      }));
    }
  }
}

// Strings and other views are accepted as input.
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync('héllo')).toString(), 'héllo');
const u16 = new Uint16Array([1, 2, 0xffff]);
assert.deepStrictEqual([...zlib.inflateSync(zlib.deflateSync(u16))], [1, 0, 2, 0, 255, 255]);
const dv = new DataView(new ArrayBuffer(4));
assert.strictEqual(zlib.inflateRawSync(zlib.deflateRawSync(dv)).length, 4);
assert.strictEqual(zlib.unzipSync(zlib.gzipSync(new ArrayBuffer(3))).length, 3);
zlib.deflate(new Uint32Array([7]), common.mustSucceed((b) => {
  assert.deepStrictEqual([...zlib.inflateSync(b)], [7, 0, 0, 0]);
}));

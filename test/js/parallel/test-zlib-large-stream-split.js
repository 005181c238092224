// A gzip stream fed file-sized (64 KiB) writes is compressed in pieces on
// several cores; the result is still one gzip member that decodes to the
// input, in the same Transform event order.
'use strict';
// Splitting is on by default only with four or more CPUs.
process.env.EDDY_ZLIB_THREADS ??= '1';
const assert = require('assert');
const zlib = require('zlib');

let seed = 1;
const words = ['alpha ', 'beta ', 'request ', 'response ', '\n', '404 ', 'value '];
let text = '';
while (text.length < 3 * 1024 * 1024) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  text += words[seed % words.length];
}
const input = Buffer.from(text);

for (const [make, undo] of [[zlib.createGzip, zlib.gunzipSync],
                            [zlib.createDeflate, zlib.inflateSync],
                            [zlib.createDeflateRaw, zlib.inflateRawSync]]) {
  const z = make();
  const out = [];
  let ended = false;
  z.on('data', (c) => {
    assert.ok(c.length <= 16384);
    out.push(c);
  });
  z.on('end', () => {
    ended = true;
    const all = Buffer.concat(out);
    assert.strictEqual(z.bytesWritten, input.length);
    assert.ok(undo(all).equals(input));
    if (make === zlib.createGzip) {
      // One member: zlib's header, and no second header inside.
      assert.deepStrictEqual([...all.subarray(0, 10)], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
      assert.strictEqual(all.readUInt32LE(all.length - 4), input.length);
    }
  });
  process.on('exit', () => assert.ok(ended));
  for (let i = 0; i < input.length; i += 65536) z.write(input.subarray(i, i + 65536));
  z.end();
}

// One-shot calls split too.
const big = zlib.gzipSync(input);
assert.ok(zlib.gunzipSync(big).equals(input));
zlib.gzip(input, (err, res) => {
  assert.ifError(err);
  assert.ok(zlib.gunzipSync(res).equals(input));
});

// flush(): Z_SYNC_FLUSH / Z_FULL_FLUSH make everything written so far
// decodable without ending the stream; the default kind is Z_FULL_FLUSH
// (BROTLI_OPERATION_FLUSH for brotli); flush after end waits for 'end'.
'use strict';
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');

function collect(stream) {
  const out = [];
  stream.on('data', (c) => out.push(c));
  return () => Buffer.concat(out);
}

{
  const d = zlib.createDeflate();
  const got = collect(d);
  d.write('first part ');
  d.flush(zlib.constants.Z_SYNC_FLUSH, common.mustCall(() => {
    // A sync flush ends with the empty stored block 00 00 ff ff.
    const sofar = got();
    assert.deepStrictEqual([...sofar.subarray(-4)], [0, 0, 0xff, 0xff]);
    const partial = zlib.inflateSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    assert.strictEqual(partial.toString(), 'first part ');
    d.end('second part');
  }));
  d.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.inflateSync(got()).toString(), 'first part second part');
  }));
}

{
  // Default kind and a flush with no callback.
  const g = zlib.createGzip();
  const got = collect(g);
  g.write('abc');
  g.flush();
  g.write('def');
  g.flush(common.mustCall(() => {
    const text = zlib.gunzipSync(got(), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    assert.strictEqual(text.toString(), 'abcdef');
    g.end();
  }));
  g.on('end', common.mustCall(() => assert.strictEqual(zlib.gunzipSync(got()).toString(), 'abcdef')));
}

{
  // Brotli: flush then finish.
  const b = zlib.createBrotliCompress();
  const got = collect(b);
  b.write('brotli data ');
  b.flush(common.mustCall(() => {
    const dec = zlib.createBrotliDecompress();
    dec.on('data', common.mustCall((c) => {
      assert.strictEqual(c.toString(), 'brotli data ');
      dec.destroy();
    }));
    dec.write(got());
    b.end('more');
  }));
  b.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.brotliDecompressSync(got()).toString(), 'brotli data more');
  }));
}

{
  // flush after end waits for 'end'; after 'finish' it runs on the next tick.
  const g = zlib.createGzip();
  g.resume();
  g.end('x');
  let ended = false;
  g.on('end', () => { ended = true; });
  g.flush(common.mustCall(() => {
    assert.ok(ended);
    g.flush(common.mustCall());
  }));
}

{
  // The flush option applies to every write: each write is decodable alone.
  const d = zlib.createDeflateRaw({ flush: zlib.constants.Z_SYNC_FLUSH });
  const got = collect(d);
  d.write('one', common.mustCall(() => {
    const text = zlib.inflateRawSync(got(), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    assert.strictEqual(text.toString(), 'one');
    d.end();
  }));
}

{
  // finishFlush: Z_SYNC_FLUSH decompresses a truncated stream without error.
  const full = zlib.gzipSync('abcdefghij'.repeat(100));
  const cut = full.subarray(0, full.length - 8);
  assert.throws(() => zlib.gunzipSync(cut), { code: 'Z_BUF_ERROR' });
  const text = zlib.gunzipSync(cut, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  assert.strictEqual(text.toString(), 'abcdefghij'.repeat(100));
  zlib.gunzip(cut, { finishFlush: zlib.constants.Z_SYNC_FLUSH }, common.mustSucceed((b) => {
    assert.strictEqual(b.length, 1000);
  }));
}

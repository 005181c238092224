// fetch() decodes gzip, x-gzip, deflate (zlib-wrapped or raw), br and
// stacked codings, leaves unknown codings alone, keeps the
// Content-Encoding header, and fails with `terminated` on corrupt data.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const zlib = require('zlib');

const big = 'x'.repeat(200000) + 'end';
const bodies = {
  '/gzip': ['gzip', zlib.gzipSync('gzipped!')],
  '/xgzip': ['x-gzip', zlib.gzipSync('x-gzipped')],
  '/deflate': ['deflate', zlib.deflateSync('deflated!')],
  '/raw': ['deflate', zlib.deflateRawSync('raw deflate')],
  '/br': ['br', zlib.brotliCompressSync('brotli!')],
  '/stack': ['deflate, gzip', zlib.gzipSync(zlib.deflateSync('stacked'))],
  '/unknown': ['zstd, gzip', Buffer.from('as is')],
  '/big': ['gzip', zlib.gzipSync(big)],
  '/bad': ['gzip', Buffer.from('not gzip at all')],
};

const server = http.createServer((req, res) => {
  const [coding, data] = bodies[req.url];
  assert.strictEqual(req.headers['accept-encoding'], 'gzip, deflate');
  res.setHeader('content-encoding', coding);
  // Sent in small pieces, so decoding sees split input.
  let pos = 0;
  const more = () => {
    if (pos >= data.length) return res.end();
    res.write(data.subarray(pos, pos += 7));
    setImmediate(more);
  };
  // (Corrupt data in pieces can leave node's undici waiting forever.)
  if (req.url === '/big' || req.url === '/bad') res.end(data);
  else more();
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const expected = {
    '/gzip': 'gzipped!', '/xgzip': 'x-gzipped', '/deflate': 'deflated!', '/raw': 'raw deflate',
    '/br': 'brotli!', '/stack': 'stacked', '/unknown': 'as is',
  };
  for (const [path, text] of Object.entries(expected)) {
    const res = await fetch(base + path);
    assert.strictEqual(await res.text(), text, path);
    assert.strictEqual(res.headers.get('content-encoding'), bodies[path][0]);
  }
  // Through the body stream as well.
  const res = await fetch(`${base}/big`);
  let total = '';
  const decoder = new TextDecoder();
  for await (const chunk of res.body) total += decoder.decode(chunk, { stream: true });
  assert.strictEqual(total, big);

  const bad = await fetch(`${base}/bad`);
  await assert.rejects(bad.text(), (err) => {
    assert.strictEqual(err.message, 'terminated');
    assert.strictEqual(err.cause.code, 'Z_DATA_ERROR');
    return true;
  });
  server.close();
}));

// The body of a fetched Response: a large body read through text(), through
// the byte stream (BYOB too) with back-pressure, arrayBuffer/blob/json/
// formData from the network, clone() of a network response, and cancelling
// the body stream.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const big = Buffer.alloc(3 * 1024 * 1024);
for (let i = 0; i < big.length; i++) big[i] = i % 251;

const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/big':
      res.end(big);
      return;
    case '/json':
      res.setHeader('content-type', 'application/json');
      res.end('{"ok":true}');
      return;
    case '/form':
      res.setHeader('content-type', 'application/x-www-form-urlencoded');
      res.end('a=1&b=2');
      return;
    case '/chunked':
      res.write('one,');
      setTimeout(() => res.end('two'), 10);
      return;
    case '/endless': {
      const timer = setInterval(() => res.write('tick'), 5);
      res.on('close', () => clearInterval(timer));
      return;
    }
  }
});

function check(bytes) {
  assert.strictEqual(bytes.length, big.length);
  assert.ok(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).equals(big));
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;

  check(new Uint8Array(await (await fetch(`${base}/big`)).arrayBuffer()));
  check(await (await fetch(`${base}/big`)).bytes());
  const blob = await (await fetch(`${base}/big`)).blob();
  assert.strictEqual(blob.size, big.length);

  // Slow reader: the stream pulls as it is read.
  let res = await fetch(`${base}/big`);
  const reader = res.body.getReader();
  const parts = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    assert.ok(value instanceof Uint8Array);
    parts.push(value);
    if (parts.length % 8 === 0) await new Promise((r) => setTimeout(r, 1));
  }
  check(Buffer.concat(parts));
  assert.strictEqual(res.bodyUsed, true);

  // BYOB reads.
  res = await fetch(`${base}/chunked`);
  const byob = res.body.getReader({ mode: 'byob' });
  let text = '';
  for (;;) {
    const { value, done } = await byob.read(new Uint8Array(3));
    if (done) break;
    text += Buffer.from(value).toString();
  }
  assert.strictEqual(text, 'one,two');

  assert.deepStrictEqual(await (await fetch(`${base}/json`)).json(), { ok: true });
  assert.deepStrictEqual([...await (await fetch(`${base}/form`)).formData()],
                         [['a', '1'], ['b', '2']]);

  // clone() of a network response.
  res = await fetch(`${base}/chunked`);
  const copy = res.clone();
  assert.deepStrictEqual(await Promise.all([res.text(), copy.text()]), ['one,two', 'one,two']);
  assert.strictEqual(copy.url, `${base}/chunked`);

  // Cancelling the body closes the connection; the fetch is over.
  res = await fetch(`${base}/endless`);
  const r2 = res.body.getReader();
  await r2.read();
  await r2.cancel();
  await assert.rejects(res.text(), { message: 'Body is unusable: Body has already been read' });

  server.close();
}));

// fetch() request bodies: string, Buffer, TypedArray, DataView, ArrayBuffer,
// Blob (with and without a type), URLSearchParams, FormData (multipart with a
// file), ReadableStream (duplex: 'half', sent chunked, string chunks too),
// an async iterable, and a large stream written with back-pressure.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    res.end(JSON.stringify({
      type: req.headers['content-type'] || null,
      length: req.headers['content-length'] || null,
      te: req.headers['transfer-encoding'] || null,
      size: body.length,
      text: body.length < 1000 ? body.toString('latin1') : null,
      last: body.length ? body[body.length - 1] : null,
    }));
  });
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const send = async (body, extra = {}) =>
    (await fetch(url, { method: 'POST', body, ...extra })).json();

  let r = await send('text é');
  assert.deepStrictEqual([r.type, r.length, r.text],
                         ['text/plain;charset=UTF-8', '7', 'text \u00c3\u00a9']);
  r = await send(Buffer.from('buf'));
  assert.deepStrictEqual([r.type, r.length, r.text], [null, '3', 'buf']);
  r = await send(new Uint16Array([0x4241]));
  assert.deepStrictEqual([r.length, r.text], ['2', 'AB']);
  r = await send(new DataView(new Uint8Array([70, 71, 72]).buffer, 1, 1));
  assert.deepStrictEqual([r.length, r.text], ['1', 'G']);
  r = await send(new Uint8Array([67, 68]).buffer);
  assert.deepStrictEqual([r.length, r.text], ['2', 'CD']);
  r = await send(new Blob(['bl', 'ob'], { type: 'a/b' }));
  assert.deepStrictEqual([r.type, r.length, r.text], ['a/b', '4', 'blob']);
  r = await send(new Blob(['x']));
  assert.deepStrictEqual([r.type, r.text], [null, 'x']);
  r = await send(new URLSearchParams({ a: 'b c', d: '&' }));
  assert.deepStrictEqual([r.type, r.text],
                         ['application/x-www-form-urlencoded;charset=UTF-8', 'a=b+c&d=%26']);
  r = await send('');
  assert.deepStrictEqual([r.length, r.text], ['0', '']);

  const fd = new FormData();
  fd.append('field', 'value');
  fd.append('file', new Blob(['file body'], { type: 'text/plain' }), 'f.txt');
  r = await send(fd);
  const boundary = r.type.slice('multipart/form-data; boundary='.length);
  assert.match(boundary, /^----formdata-undici-0\d{11}$/);
  assert.strictEqual(Number(r.length), r.size);
  assert.strictEqual(r.text,
                     `--${boundary}\r\nContent-Disposition: form-data; name="field"\r\n\r\n` +
                     `value\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; ` +
                     'filename="f.txt"\r\nContent-Type: text/plain\r\n\r\nfile body\r\n' +
                     `--${boundary}--\r\n`);

  const stream = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('s1'));
      c.enqueue('s2');
      c.enqueue(new Uint8Array([51]));
      c.close();
    },
  });
  r = await send(stream, { duplex: 'half' });
  assert.deepStrictEqual([r.type, r.length, r.te, r.text], [null, null, 'chunked', 's1s23']);

  r = await send((async function*() {
    yield new Uint8Array([105]);
    yield new Uint8Array([116]);
  })(), { duplex: 'half' });
  assert.deepStrictEqual([r.te, r.text], ['chunked', 'it']);

  // 8 MiB in 64 KiB chunks, pulled as the socket drains.
  let sent = 0;
  const chunk = new Uint8Array(65536).fill(7);
  r = await send(new ReadableStream({
    pull(c) {
      if (sent === 128) {
        c.enqueue(new Uint8Array([9]));
        c.close();
        return;
      }
      sent++;
      c.enqueue(chunk.slice());
    },
  }, { highWaterMark: 0 }), { duplex: 'half' });
  assert.deepStrictEqual([r.size, r.last], [128 * 65536 + 1, 9]);

  // A stream that errors fails the fetch.
  await assert.rejects(send(new ReadableStream({
    pull(c) { c.error(new Error('broken body')); },
  }), { duplex: 'half' }), (err) => {
    assert.strictEqual(err.message, 'fetch failed');
    assert.strictEqual(err.cause.message, 'broken body');
    return true;
  });

  server.close();
}));

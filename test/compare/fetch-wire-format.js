// The bytes fetch() writes: request line, header names and order (undici's),
// the headers fetch adds (accept, accept-language, referer under each
// referrer policy, sec-fetch-mode, user-agent, cache headers, accept-encoding,
// range), content-length and chunked framing, HEAD closing the connection.
// A raw TCP server prints each request (port masked).
'use strict';
const net = require('net');

const server = net.createServer((socket) => {
  let data = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => {
    data += chunk;
    const head = data.indexOf('\r\n\r\n');
    if (head === -1) return;
    const chunked = /transfer-encoding: chunked/i.test(data.slice(0, head));
    const length = Number((/content-length: (\d+)/i.exec(data.slice(0, head)) || [0, 0])[1]);
    if (chunked ? !data.endsWith('0\r\n\r\n') : data.length < head + 4 + length) return;
    console.log(JSON.stringify(data.replaceAll(String(server.address().port), 'PORT')));
    socket.end('HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
  });
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const url = `http://127.0.0.1:${port}/p?q#frag`;
  const same = `http://127.0.0.1:${port}/page?x#y`;
  const requests = [
    [url],
    [url, { method: 'POST', body: 'abc', headers: { 'X-One': 'a', 'x-one': 'b', Accept: 't/x' } }],
    [url, { method: 'PUT' }],
    [url, { method: 'PATCH' }],
    [url, { method: 'PURGE' }],
    [url, { method: 'DELETE', body: 'x' }],
    [url, { method: 'OPTIONS' }],
    [url, { method: 'HEAD' }],
    [url, { method: 'POST', body: new URLSearchParams('a=1') }],
    [url, { method: 'POST', body: new Blob(['blob'], { type: 'b/t' }) }],
    [url, {
      method: 'POST',
      duplex: 'half',
      body: new ReadableStream({
        start(c) {
          c.enqueue(new Uint8Array([65, 66]));
          c.enqueue(new Uint8Array(20).fill(67));
          c.close();
        },
      }),
    }],
    [url, { headers: { 'User-Agent': 'me', 'Accept-Encoding': 'br', connection: 'close' } }],
    [url, { headers: { range: 'bytes=0-1' } }],
    [url, { headers: { host: 'other.example', 'sec-fetch-mode': 'navigate' } }],
    [url, { cache: 'no-store' }],
    [url, { cache: 'no-cache' }],
    [url, { cache: 'reload', headers: { 'cache-control': 'mine' } }],
    [url, { headers: { 'if-none-match': '"e"' } }],
    [url, { mode: 'same-origin' }],
    [url, { mode: 'no-cors', method: 'POST', body: 'n' }],
  ];
  for (const [ref, referrerPolicy] of [
    ['http://ref.example/x?y#z'], [same], ['https://ref.example/x'],
    ['http://u:p@ref.example/x', 'unsafe-url'], ['http://ref.example/x', 'no-referrer'],
    ['http://ref.example/x', 'origin'], ['http://ref.example/x', 'same-origin'],
    ['http://ref.example/x', 'strict-origin'], [same, 'origin-when-cross-origin'],
    ['http://ref.example/x', 'no-referrer-when-downgrade'], ['about:client'], ['about:blank'],
  ]) {
    requests.push([url, { referrer: ref, referrerPolicy }]);
  }
  for (const [input, init] of requests) {
    const res = await fetch(input, init);
    await res.text();
  }
  server.close();
});

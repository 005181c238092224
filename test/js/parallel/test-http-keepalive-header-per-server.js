'use strict';
// Two servers with different keepAliveTimeout / maxRequestsPerSocket answer
// in turn: each response carries its own server's Keep-Alive line (the
// header block caches the last pair, so alternating pairs must not leak).
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

function rawGet(port) {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1');
    let data = '';
    s.setEncoding('latin1');
    s.on('connect', () => s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    s.on('data', (d) => {
      data += d;
      if (data.includes('\r\n\r\nok')) {
        s.destroy();
        resolve(data);
      }
    });
    s.on('error', reject);
  });
}

function listen(opts) {
  const server = http.createServer((req, res) => res.end('ok'));
  Object.assign(server, opts);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

(async () => {
  const a = await listen({ keepAliveTimeout: 5000 });
  const b = await listen({ keepAliveTimeout: 7000, maxRequestsPerSocket: 3 });
  for (let i = 0; i < 3; i++) {
    const ra = await rawGet(a.address().port);
    const rb = await rawGet(b.address().port);
    assert.match(ra, /\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n/);
    assert.match(rb, /\r\nConnection: keep-alive\r\nKeep-Alive: timeout=7, max=3\r\n/);
    assert.match(ra, /\r\nDate: [A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT\r\n/);
    assert.match(ra, /\r\nContent-Length: 2\r\n\r\nok$/);
  }
  a.close();
  b.close();
})().catch((e) => { console.error(e); process.exit(1); });

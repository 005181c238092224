// HEAD responses and 204/304 carry no body: writes are dropped and no
// framing is sent; chunked on a 204/304 closes the connection instead.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function exchange(port, request) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => out += d);
    c.on('end', () => resolve(out.replace(/Date: [^\r]+/g, 'Date: X')));
    c.write(request);
    setTimeout(() => c.end(), 50);
  });
}

const server = http.createServer((req, res) => {
  if (req.url === '/204') {
    res.writeHead(204);
    res.end('ignored');
  } else if (req.url === '/304') {
    res.statusCode = 304;
    res.setHeader('Transfer-Encoding', 'chunked');
    res.end('ignored');
  } else {
    res.write('body', common.mustCall());
    res.end('more');
  }
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const port = server.address().port;
  const ka = 'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\n';
  assert.strictEqual(await exchange(port, 'HEAD / HTTP/1.1\r\nHost: x\r\n\r\n'),
                     `HTTP/1.1 200 OK\r\nDate: X\r\n${ka}\r\n`);
  assert.strictEqual(await exchange(port, 'GET /204 HTTP/1.1\r\nHost: x\r\n\r\n'),
                     `HTTP/1.1 204 No Content\r\nDate: X\r\n${ka}\r\n`);
  assert.strictEqual(await exchange(port, 'GET /304 HTTP/1.1\r\nHost: x\r\n\r\n'),
                     'HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\nDate: X\r\n' +
                     'Connection: close\r\n\r\n');
  server.close();
}));

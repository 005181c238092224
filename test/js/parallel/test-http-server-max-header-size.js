// The maxHeaderSize option (server and client) sets the parser's header
// limit: over it the server answers 431, the client fails with
// HPE_HEADER_OVERFLOW. maxHeadersCount caps the headers that count (the
// rest stay in rawHeaders only).
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({ maxHeaderSize: 100 }, common.mustCall((req, res) => {
  if (req.url === '/count') {
    assert.strictEqual(req.rawHeaders.length, 6);
    assert.deepStrictEqual(req.headers, { host: 'x', a: '1' });
  }
  res.setHeader('X-Long', 'y'.repeat(200));
  res.end();
}, 2));
server.maxHeadersCount = 2;

function exchange(port, request) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let out = '';
    c.setEncoding('latin1');
    c.on('data', (d) => out += d);
    c.on('end', () => resolve(out));
    c.write(request);
    setTimeout(() => c.end(), 50);
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const port = server.address().port;
  assert.strictEqual(
    await exchange(port, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(200)}\r\n\r\n`),
    'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
  const reply = await exchange(port, 'GET /count HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\n\r\n');
  assert.match(reply, /^HTTP\/1\.1 200 OK\r\nX-Long: y+\r\n/);
  const req = http.get({ port, host: '127.0.0.1', path: '/', maxHeaderSize: 100, agent: false,
                         setHost: false, headers: { Host: 'x' } }, common.mustNotCall());
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'HPE_HEADER_OVERFLOW');
    server.close();
  }));
}));

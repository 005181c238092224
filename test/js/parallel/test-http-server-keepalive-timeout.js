// After a response, an idle keep-alive connection is closed by the server
// once keepAliveTimeout (plus node's one second margin) passes; a new request before that keeps it open;
// socket.timeout shows the keep-alive timeout while idle.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

let serverSocket;
const server = http.createServer({ keepAliveTimeout: 150 }, common.mustCall((req, res) => {
  serverSocket = req.socket;
  assert.ok(!req.socket.timeout);
  res.end(req.url);
}, 2));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const start = Date.now();
  let out = '';
  c.setEncoding('latin1');
  c.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\n');
  setTimeout(() => {
    assert.strictEqual(serverSocket.timeout, 1150);
    c.write('GET /b HTTP/1.1\r\nHost: x\r\n\r\n');
  }, 100);
  c.on('data', (d) => out += d);
  c.on('end', common.mustCall(() => {
    const elapsed = Date.now() - start;
    assert.ok(elapsed >= 1240, `closed after ${elapsed} ms`);
    assert.match(out, /Keep-Alive: timeout=0\r\n/);
    assert.ok(out.endsWith('/b'));
    server.close();
  }));
}));

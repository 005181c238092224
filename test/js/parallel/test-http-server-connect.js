// CONNECT goes to the 'connect' listener with the socket and head; without
// a listener the connection is dropped.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustNotCall());
server.on('connect', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.method, 'CONNECT');
  assert.strictEqual(req.url, 'example.com:443');
  assert.strictEqual(head.length, 0);
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\n');
}));

const bare = http.createServer(common.mustNotCall());

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let out = '';
  c.setEncoding('latin1');
  c.write('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
  c.on('data', (d) => out += d);
  c.on('end', common.mustCall(() => {
    assert.strictEqual(out, 'HTTP/1.1 200 Connection Established\r\n\r\n');
    server.close();
    bare.listen(0, '127.0.0.1', common.mustCall(() => {
      const c2 = net.connect(bare.address().port, '127.0.0.1');
      c2.write('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
      c2.on('data', common.mustNotCall());
      c2.on('close', common.mustCall(() => bare.close()));
      c2.resume();
    }));
  }));
}));

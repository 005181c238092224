// headersTimeout/requestTimeout: a client that never finishes its headers
// gets node's 408 once the connections check runs
// (connectionsCheckingInterval), and the connection closes.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({
  headersTimeout: 100,
  requestTimeout: 200,
  connectionsCheckingInterval: 20,
}, common.mustNotCall());
assert.strictEqual(server.headersTimeout, 100);
assert.strictEqual(server.requestTimeout, 200);
assert.strictEqual(server.connectionsCheckingInterval, 20);

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const start = Date.now();
  let out = '';
  c.setEncoding('latin1');
  c.write('GET / HTTP/1.1\r\nHost: x\r\n');
  c.on('data', (d) => out += d);
  c.on('end', common.mustCall(() => {
    assert.ok(Date.now() - start >= 90);
    assert.strictEqual(out, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    server.close();
  }));
}));

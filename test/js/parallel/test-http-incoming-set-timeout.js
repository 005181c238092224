// req.setTimeout sets the socket's timeout and adds a 'timeout' listener
// on the request, which gets the event while its body is incomplete; a
// handled timeout leaves the socket open.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.setTimeout(50, common.mustCall(() => {
    assert.strictEqual(req.socket.destroyed, false);
    assert.strictEqual(req.complete, false);
    res.end('late');
  })), req);
  assert.strictEqual(req.socket.timeout, 50);
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab');
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => {
    out += d;
    if (out.endsWith('late')) {
      c.destroy();
      server.close();
    }
  });
}));

// server.setTimeout: an idle socket emits the server's 'timeout' (which then
// owns the socket); without any timeout listener the socket is destroyed.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustNotCall());
assert.strictEqual(server.setTimeout(50, common.mustCall((socket) => {
  assert.ok(socket instanceof net.Socket);
  socket.destroy();
})), server);
assert.strictEqual(server.timeout, 50);

const quiet = http.createServer(common.mustNotCall());
quiet.timeout = 50;

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('close', common.mustCall(() => {
    server.close();
    quiet.listen(0, '127.0.0.1', common.mustCall(() => {
      const c2 = net.connect(quiet.address().port, '127.0.0.1');
      c2.on('close', common.mustCall(() => quiet.close()));
      c2.resume();
    }));
  }));
  c.resume();
}));

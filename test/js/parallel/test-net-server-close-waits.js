// server.close() stops accepting at once (listening false, new connections
// refused) but 'close' and the callback wait for open connections to end.
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');

let serverSide;
let closed = false;
const server = net.createServer(common.mustCall((s) => {
  serverSide = s;
  s.resume();
  server.close(common.mustCall(() => {
    closed = true;
    assert.strictEqual(serverSide.destroyed, true);
  }));
  assert.strictEqual(server.listening, false);
  // A new connection attempt is refused.
  const late = net.connect(port, '127.0.0.1');
  late.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNREFUSED');
    setTimeout(common.mustCall(() => {
      assert.strictEqual(closed, false);
      client.end();
    }), 30);
  }));
}));
let port;
let client;
server.listen(0, '127.0.0.1', common.mustCall(() => {
  port = server.address().port;
  client = net.connect(port, '127.0.0.1');
  client.resume();
}));
process.on('exit', () => assert.strictEqual(closed, true));

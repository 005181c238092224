// A datagram sent from one udp4 socket to another on 127.0.0.1 arrives
// whole, with rinfo {address, family, port, size}; the send callback gets
// (null, bytes) and both sockets close.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');

server.on('message', common.mustCall((msg, rinfo) => {
  assert.ok(Buffer.isBuffer(msg));
  assert.strictEqual(msg.toString(), 'hello udp');
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.family, 'IPv4');
  assert.strictEqual(rinfo.port, client.address().port);
  assert.strictEqual(rinfo.size, 9);
  server.close(common.mustCall());
  client.close(common.mustCall());
}));

server.bind(0, '127.0.0.1', common.mustCall(() => {
  const addr = server.address();
  assert.strictEqual(addr.address, '127.0.0.1');
  assert.strictEqual(addr.family, 'IPv4');
  assert.ok(addr.port > 0);
  client.bind(0, '127.0.0.1', common.mustCall(() => {
    client.send('hello udp', addr.port, '127.0.0.1', common.mustCall((err, bytes) => {
      assert.strictEqual(err, null);
      assert.strictEqual(bytes, 9);
    }));
  }));
}));

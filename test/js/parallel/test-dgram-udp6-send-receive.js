// udp6 sockets on ::1: address() and rinfo report family 'IPv6' and '::1'.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp6');
const client = dgram.createSocket({ type: 'udp6' });
server.on('message', common.mustCall((msg, rinfo) => {
  assert.strictEqual(msg.toString(), 'six');
  assert.deepStrictEqual(rinfo, {
    address: '::1', family: 'IPv6', port: client.address().port, size: 3,
  });
  server.close();
  client.close();
}));
server.bind(0, '::1', common.mustCall(() => {
  const addr = server.address();
  assert.strictEqual(addr.address, '::1');
  assert.strictEqual(addr.family, 'IPv6');
  client.send('six', addr.port, '::1', common.mustSucceed((n) => assert.strictEqual(n, 3)));
}));

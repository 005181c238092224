// connect(port, address, cb): 'connect' then the callback, remoteAddress(),
// sends without an address go to the peer, a second connect throws
// ERR_SOCKET_DGRAM_IS_CONNECTED, and after disconnect() remoteAddress and
// disconnect throw ERR_SOCKET_DGRAM_NOT_CONNECTED.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const notConnected = { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED', message: 'Not connected' };
assert.throws(() => client.remoteAddress(), notConnected);
assert.throws(() => client.disconnect(), notConnected);

server.on('message', common.mustCall((msg) => {
  assert.strictEqual(msg.toString(), 'to peer');
  client.disconnect();
  assert.throws(() => client.remoteAddress(), notConnected);
  assert.throws(() => client.disconnect(), notConnected);
  client.close();
  server.close();
}));
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const order = [];
  client.on('connect', common.mustCall(() => order.push('event')));
  client.connect(port, '127.0.0.1', common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    order.push('callback');
    assert.deepStrictEqual(order, ['event', 'callback']);
    assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => client.connect(port), {
      code: 'ERR_SOCKET_DGRAM_IS_CONNECTED', message: 'Already connected',
    });
    assert.throws(() => client.send('x', 0, 1, port, '127.0.0.1'), {
      code: 'ERR_SOCKET_DGRAM_IS_CONNECTED',
    });
    client.send('to peer', common.mustSucceed((n) => assert.strictEqual(n, 7)));
  }));
}));

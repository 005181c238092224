// send() on an unbound socket binds it to a random port first ('listening'
// comes before the send callback); sends made before the bind finished go
// out in order.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const got = [];
server.on('message', common.mustCall((msg) => {
  got.push(msg.toString());
  if (got.length === 3) {
    assert.deepStrictEqual(got, ['one', 'two', 'three']);
    server.close();
  }
}, 3));

server.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const client = dgram.createSocket('udp4');
  const order = [];
  client.on('listening', common.mustCall(() => {
    order.push('listening');
    assert.ok(client.address().port > 0);
  }));
  let sent = 0;
  const done = common.mustCall((err) => {
    assert.ifError(err);
    order.push('sent');
    if (++sent === 3) {
      assert.deepStrictEqual(order, ['listening', 'sent', 'sent', 'sent']);
      client.close();
    }
  }, 3);
  client.send('one', port, '127.0.0.1', done);
  client.send(Buffer.from('two'), port, '127.0.0.1', done);
  client.send('three', port, done);  // address defaults to 127.0.0.1
  assert.throws(() => client.address(), { code: 'EBADF', syscall: 'getsockname' });
}));

// With reuseAddr two sockets bind the same port.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
a.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = a.address();
  const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  b.on('error', common.mustNotCall());
  b.bind(port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(b.address().port, port);
    a.close();
    b.close();
  }));
}));

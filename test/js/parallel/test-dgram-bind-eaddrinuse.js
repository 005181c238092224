// Binding a port another socket holds emits 'error' (EADDRINUSE, syscall
// bind, address, port, message 'bind EADDRINUSE ip:port'); sends queued for
// the bind are dropped, and a bind callback is not called.
'use strict';
const common = require('../../common');
const assert = require('assert');
const dgram = require('dgram');

const a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = a.address();
  const b = dgram.createSocket('udp4');
  b.bind(port, '127.0.0.1', common.mustNotCall());
  b.send('never', port, '127.0.0.1', common.mustNotCall());
  b.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'bind');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `bind EADDRINUSE 127.0.0.1:${port}`);
    assert.strictEqual(typeof err.errno, 'number');
    b.close(common.mustCall());
    a.close();
  }));
}));

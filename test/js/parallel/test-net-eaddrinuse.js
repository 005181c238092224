// listen() on a port in use emits EADDRINUSE with node's message; the
// server is not listening afterwards and can listen elsewhere.
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const a = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = a.address();
  const b = net.createServer();
  b.on('listening', common.mustCall(() => {
    assert.notStrictEqual(b.address().port, port);
    b.close();
    a.close();
  }));
  b.once('error', common.mustCall((err) => {
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(b.listening, false);
    assert.strictEqual(b.address(), null);
    b.listen(0, '127.0.0.1');
  }));
  b.listen(port, '127.0.0.1');
}));

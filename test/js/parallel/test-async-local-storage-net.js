'use strict';
// Socket callbacks run in the store of the code that created the socket;
// a server's connections in the store of the code that created the server.
const assert = require('assert');
const net = require('net');
const { AsyncLocalStorage } = require('async_hooks');
const common = require('../../common');

const als = new AsyncLocalStorage();
als.run('server', () => {
  const server = net.createServer(common.mustCall((sock) => {
    assert.strictEqual(als.getStore(), 'server');
    sock.end('hi');
  }));
  server.listen(0, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(als.getStore(), 'server');
    als.run('client', () => {
      const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
        assert.strictEqual(als.getStore(), 'client');
      }));
      c.on('data', common.mustCall(() => assert.strictEqual(als.getStore(), 'client')));
      c.on('close', common.mustCall(() => {
        assert.strictEqual(als.getStore(), 'client');
        server.close();
      }));
    });
  }));
});

// Connecting to a closed port fails with ECONNREFUSED, node's message and
// properties, then 'close' with hadError true; the callback never runs.
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  server.close(common.mustCall(() => {
    const c = net.connect(port, '127.0.0.1', common.mustNotCall());
    c.on('error', common.mustCall((err) => {
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.errno, -111);
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.strictEqual(c.destroyed, true);
    }));
    c.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, true)));
  }));
}));

// Connecting to a closed port: 'error' with ECONNREFUSED and the address,
// then 'close'; no 'response'.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const probe = net.createServer();
probe.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = probe.address().port;
  probe.close(common.mustCall(() => {
    const req = http.get({ port, host: '127.0.0.1' }, common.mustNotCall());
    req.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    }));
    req.on('close', common.mustCall());
  }));
}));

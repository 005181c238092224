// resetAndDestroy() closes with a TCP RST: the peer's socket fails with
// ECONNRESET (read), and the resetting side emits 'close' without error.
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((s) => {
  s.on('data', common.mustCall(() => {
    s.resetAndDestroy();
    assert.strictEqual(s.destroyed, true);
  }));
  s.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('hi'));
  c.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.syscall, 'read');
    assert.strictEqual(err.message, 'read ECONNRESET');
  }));
  c.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, true)));
  c.resume();
}));

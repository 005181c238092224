// destroy() while megabytes are still queued in the handle and in the
// Writable buffer: nothing crashes or hangs, queued callbacks fail with
// ERR_STREAM_DESTROYED, 'close' comes once, and the peer sees the end of
// the connection.
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((s) => {
  s.pause();  // let the client's writes pile up
  s.on('error', () => {});
  s.on('close', common.mustCall(() => server.close()));
  setTimeout(() => s.resume(), 30);
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    const big = Buffer.alloc(4 * 1024 * 1024, 'a');
    let failed = 0;
    for (let i = 0; i < 8; i++) {
      c.write(big, (err) => {
        if (err) {
          failed++;
          assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
        }
      });
    }
    assert.ok(c.writableLength > 0);
    c.destroy();
    assert.strictEqual(c.destroyed, true);
    c.on('close', common.mustCall((hadError) => {
      assert.strictEqual(hadError, false);
      setImmediate(common.mustCall(() => assert.ok(failed >= 1, `failed=${failed}`)));
    }));
  }));
  c.on('error', common.mustNotCall());
}));

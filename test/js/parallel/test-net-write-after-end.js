// write() after end() fails with ERR_STREAM_WRITE_AFTER_END: the callback
// gets the error and 'error' is emitted; after the peer ended a socket that
// is not half open, writes fail with EPIPE.
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((s) => {
  s.on('data', () => {});
  s.on('end', common.mustCall(() => {
    // The client ended; this socket ended too (allowHalfOpen false).
    setImmediate(common.mustCall(() => {
      s.write('late', common.mustCall((err) => {
        assert.ok(err);
        assert.ok(['EPIPE', 'ERR_STREAM_WRITE_AFTER_END', 'ERR_STREAM_DESTROYED'].includes(err.code), err.code);
      }));
      s.on('error', () => {});
    }));
  }));
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    c.end('data');
    const ret = c.write('more', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
      assert.strictEqual(err.message, 'write after end');
    }));
    assert.strictEqual(ret, false);
  }));
  c.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
  c.on('close', common.mustCall(() => server.close()));
}));

// Writing to a connection the peer has closed ends in an 'error' from
// write (EPIPE or ECONNRESET, syscall 'write'), then 'close' with hadError.
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((s) => {
  s.destroy();
  server.close();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  c.on('end', common.mustCall(() => {
    // The peer is gone: the first write draws an RST, a later one fails.
    let n = 0;
    const t = setInterval(() => {
      if (c.destroyed || ++n > 200) {
        clearInterval(t);
        return;
      }
      c.write('ping\n');
    }, 5);
  }));
  c.on('error', common.mustCall((err) => {
    assert.ok(['EPIPE', 'ECONNRESET'].includes(err.code), err.code);
    assert.strictEqual(err.syscall, 'write');
    assert.strictEqual(err.message, `write ${err.code}`);
  }));
  c.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, true)));
  c.resume();
}));

// write() returns false once the kernel and the socket's buffer are full,
// bufferSize/writableLength report the debt, 'drain' follows when the
// reader catches up, and a paused reader stops the handle reading (the
// readable buffer does not grow without bound).
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const CHUNK = Buffer.alloc(1024 * 1024, 'x');
let serverSocket;
let received = 0;
let written = 0;

const server = net.createServer((s) => {
  serverSocket = s;
  s.pause();
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    let ret;
    do {
      ret = c.write(CHUNK);
      written += CHUNK.length;
    } while (ret && written < 256 * CHUNK.length);
    assert.strictEqual(ret, false, 'write() never returned false');
    assert.ok(c.writableLength > 0);
    assert.ok(c.bufferSize > 0);
    assert.strictEqual(c.writableNeedDrain, true);

    // The paused server side stops reading: its buffer stays bounded.
    setTimeout(common.mustCall(() => {
      const buffered = serverSocket.readableLength;
      assert.ok(buffered < 4 * 1024 * 1024, `server buffered ${buffered} bytes`);
      serverSocket.on('data', (d) => { received += d.length; });
      serverSocket.resume();
    }), 50);

    c.once('drain', common.mustCall(() => {
      assert.strictEqual(c.writableLength, 0);
      c.end();
    }));
  }));
}));

server.on('connection', (s) => {
  s.on('end', common.mustCall(() => {
    assert.strictEqual(received, written);
    server.close();
  }));
});

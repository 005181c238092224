// A Unix-domain socket server and client: address() is the path, data flows
// both ways, and closing the server removes the socket file.
'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-net-unix-'));
const sockPath = path.join(dir, 's.sock');

const server = net.createServer(common.mustCall((s) => {
  assert.strictEqual(s.remoteAddress, undefined);
  s.setEncoding('utf8');
  s.on('data', (d) => s.end(d.toUpperCase()));
}));

server.listen(sockPath, common.mustCall(() => {
  assert.strictEqual(server.address(), sockPath);
  assert.ok(fs.statSync(sockPath).isSocket());
  const c = net.connect(sockPath, common.mustCall(() => {
    c.end('hello over unix');
  }));
  let reply = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { reply += d; });
  c.on('close', common.mustCall(() => {
    assert.strictEqual(reply, 'HELLO OVER UNIX');
    server.close(common.mustCall(() => {
      assert.strictEqual(fs.existsSync(sockPath), false);
      fs.rmSync(dir, { recursive: true, force: true });
    }));
  }));
}));

// A second server on the same path fails with EADDRINUSE.
server.on('listening', common.mustCall(() => {
  const other = net.createServer();
  other.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, sockPath);
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use ${sockPath}`);
  }));
  other.listen(sockPath);
}));

// Connecting to a path nobody listens on fails with ENOENT.
const bad = net.connect(path.join(dir, 'missing.sock'));
bad.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'connect');
}));

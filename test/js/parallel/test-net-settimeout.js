// setTimeout: 'timeout' fires on an idle socket (and does not close it);
// activity postpones it; setTimeout(0) cancels it; the callback form adds a
// one-time listener; socket.timeout reflects the value.
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((s) => {
  s.on('data', (d) => s.write(d));
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const start = Date.now();
  assert.strictEqual(c.setTimeout(60, common.mustCall(() => {
    const waited = Date.now() - start;
    assert.ok(waited >= 100, `timeout after ${waited} ms despite activity`);
    assert.strictEqual(c.destroyed, false);
    assert.strictEqual(c.timeout, 60);
    // Cancel: no second 'timeout'.
    c.setTimeout(0);
    assert.strictEqual(c.timeout, 0);
    setTimeout(() => c.end(), 120);
  })), c);
  c.on('timeout', common.mustCall());
  // Traffic every 20 ms for the first 100 ms keeps it from firing.
  let n = 0;
  const t = setInterval(() => {
    c.write('x');
    if (++n === 5) clearInterval(t);
  }, 20);
  c.resume();
  c.on('close', common.mustCall(() => server.close()));
}));

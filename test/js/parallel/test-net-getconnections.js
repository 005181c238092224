// getConnections counts open connections, asynchronously, and follows
// sockets as they close.
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const N = 5;
const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const clients = [];
  let connected = 0;
  for (let i = 0; i < N; i++) {
    const c = net.connect(server.address().port, '127.0.0.1');
    clients.push(c);
  }
  server.on('connection', () => {
    if (++connected !== N) return;
    let sync = true;
    assert.strictEqual(server.getConnections(common.mustSucceed((count) => {
      assert.strictEqual(sync, false);
      assert.strictEqual(count, N);
      clients[0].destroy();
      clients[1].destroy();
      setTimeout(() => {
        server.getConnections(common.mustSucceed((count) => {
          assert.strictEqual(count, N - 2);
          for (const c of clients) c.destroy();
          server.close(common.mustCall(() => {
            server.getConnections(common.mustSucceed((count) => assert.strictEqual(count, 0)));
          }));
        }));
      }, 50);
    })), server);
    sync = false;
  });
}));

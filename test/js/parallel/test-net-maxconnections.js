// maxConnections: connections beyond the limit are dropped (closed at once)
// with a 'drop' event describing them; the others work.
'use strict';
const common = require('../../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((s) => {
  s.end('welcome');
});
server.maxConnections = 2;
const drops = [];
server.on('drop', (data) => drops.push(data));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  let welcomed = 0;
  let closedClients = 0;
  const clients = [];
  for (let i = 0; i < 4; i++) {
    const c = net.connect(port, '127.0.0.1');
    clients.push(c);
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('error', () => {});  // a dropped connection may see ECONNRESET
    c.on('close', () => {
      if (got === 'welcome') welcomed++;
      if (++closedClients === 4) {
        // Server-side sockets close a little later than the clients.
        setTimeout(common.mustCall(() => {
          assert.strictEqual(welcomed, 2);
          assert.strictEqual(drops.length, 2);
          for (const d of drops) {
            assert.strictEqual(d.localAddress, '127.0.0.1');
            assert.strictEqual(d.localPort, port);
            assert.strictEqual(d.localFamily, 'IPv4');
            assert.strictEqual(d.remoteAddress, '127.0.0.1');
            assert.strictEqual(typeof d.remotePort, 'number');
            assert.strictEqual(d.remoteFamily, 'IPv4');
          }
          server.close();
        }), 20);
      }
    });
  }
  // Hold the first two connections open until all four tried.
  server.maxConnections = 2;
}));

// closeIdleConnections() drops connections waiting between requests but
// not one with a request in progress; closeAllConnections() drops every
// connection; close() stops listening and closes idle ones.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

let pendingRes;
const server = http.createServer((req, res) => {
  if (req.url === '/slow') pendingRes = res;
  else res.end('ok');
});

function connect(port, path) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.wasClosed = false;
    c.on('close', () => c.wasClosed = true);
    c.on('data', () => resolve(c));
    c.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
    if (path === '/slow') setTimeout(() => resolve(c), 50);
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const port = server.address().port;
  const idle = await connect(port, '/');
  const busy = await connect(port, '/slow');
  server.closeIdleConnections();
  await new Promise((r) => setTimeout(r, 50));
  assert.strictEqual(idle.wasClosed, true);
  assert.strictEqual(busy.wasClosed, false);
  assert.ok(pendingRes);
  server.closeAllConnections();
  await new Promise((r) => setTimeout(r, 50));
  assert.strictEqual(busy.wasClosed, true);
  server.close(common.mustCall());
}));

// A keepAlive agent reuses a connection for consecutive requests
// (reusedSocket), parks it in freeSockets between them (unref'd), and
// destroy() closes it.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const ports = new Set();
const server = http.createServer((req, res) => {
  ports.add(req.socket.remotePort);
  res.end('ok');
});

function get(agent, port) {
  return new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(req));
    });
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const name = agent.getName({ host: '127.0.0.1', port });
  const first = await get(agent, port);
  assert.strictEqual(first.reusedSocket, false);
  await new Promise((r) => setImmediate(r));
  assert.strictEqual(agent.freeSockets[name].length, 1);
  assert.strictEqual(agent.sockets[name], undefined);
  const second = await get(agent, port);
  assert.strictEqual(second.reusedSocket, true);
  assert.strictEqual(ports.size, 1);
  await new Promise((r) => setImmediate(r));
  const socket = agent.freeSockets[name][0];
  socket.on('close', common.mustCall(() => server.close()));
  agent.destroy();
}));

// With two free sockets, 'lifo' hands out the most recently freed one and
// 'fifo' the oldest.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  setTimeout(() => res.end(String(req.socket.remotePort)), req.url === '/slow' ? 40 : 0);
});

function get(agent, port, path) {
  return new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', agent, path }, (res) => {
      let body = '';
      res.on('data', (d) => body += d);
      res.on('end', () => setImmediate(() => resolve(Number(body))));
    });
  });
}

async function run(port, scheduling) {
  const agent = new http.Agent({ keepAlive: true, scheduling });
  // Two sockets: the fast one is freed first, the slow one last.
  const [fast, slow] = await Promise.all([get(agent, port, '/fast'), get(agent, port, '/slow')]);
  const next = await get(agent, port, '/');
  agent.destroy();
  return next === (scheduling === 'lifo' ? slow : fast);
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const port = server.address().port;
  assert.strictEqual(await run(port, 'lifo'), true);
  assert.strictEqual(await run(port, 'fifo'), true);
  server.close();
}));

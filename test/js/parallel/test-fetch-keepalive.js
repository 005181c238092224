// Sequential fetches to one origin reuse one kept-alive connection, a body
// that was never read does not hold the next request back (a new connection
// is used), and concurrent fetches each get a connection. The idle pool does
// not keep the process alive.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const ports = [];
const server = http.createServer((req, res) => {
  ports.push(req.socket.remotePort);
  if (req.url === '/slow') {
    setTimeout(() => res.end('slow'), 20);
    return;
  }
  res.end(`hello ${ports.length}`);
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  for (let i = 1; i <= 20; i++) {
    assert.strictEqual(await (await fetch(url)).text(), `hello ${i}`);
  }
  // undici may open a second connection while the first is finishing;
  // eddy's pool gets the socket back before the body is handed over.
  assert.ok(new Set(ports).size <= (common.isEddy ? 1 : 2));

  // Bodies never read do not block later requests.
  for (let i = 0; i < 5; i++) assert.strictEqual((await fetch(url)).status, 200);
  assert.strictEqual(await (await fetch(url)).text(), 'hello 26');

  // Concurrent requests need more connections.
  ports.length = 0;
  const texts = await Promise.all([1, 2, 3].map(async () => (await fetch(`${url}slow`)).text()));
  assert.deepStrictEqual(texts, ['slow', 'slow', 'slow']);
  assert.strictEqual(new Set(ports).size, 3);

  server.close();
}));

'use strict';
// A keep-alive socket reused by the next request delivers that request's
// response in the next request's store, not the first one's.
const assert = require('assert');
const http = require('http');
const { AsyncLocalStorage } = require('async_hooks');
const common = require('../../common');

const als = new AsyncLocalStorage();
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const server = http.createServer((req, res) => res.end(req.url));

function get(port, path) {
  return new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', path, agent }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve([body, als.getStore(), res.req.reusedSocket]));
    }).on('error', reject);
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const port = server.address().port;
  const results = [];
  for (const path of ['/a', '/b', '/c']) {
    results.push(await als.run(path, () => get(port, path)));
  }
  // Queued behind a busy socket (maxSockets: 1).
  const parallel = await Promise.all(['/d', '/e'].map((p) => als.run(p, () => get(port, p))));
  assert.deepStrictEqual(results, [['/a', '/a', false], ['/b', '/b', true], ['/c', '/c', true]]);
  assert.deepStrictEqual(parallel.map((r) => r[0]), ['/d', '/e']);
  assert.strictEqual(parallel[0][1], '/d');
  agent.destroy();
  server.close();
}));

// http.request/get accept a URL string, a URL object, options, or a URL
// plus options; method, path, headers, auth and the Host header reach the
// server as given.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const seen = [];
const server = http.createServer({ requireHostHeader: false }, (req, res) => {
  seen.push([req.method, req.url, req.headers.host, req.headers.authorization, req.headers['x-h']]);
  res.end();
});

function get(...args) {
  return new Promise((resolve, reject) => {
    const req = http.request(...args, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end();
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const port = server.address().port;
  const base = `http://127.0.0.1:${port}`;
  await get(`${base}/a?b=1`);
  await get(new URL(`${base}/url`));
  await get({ port, host: '127.0.0.1', path: '/opts', method: 'delete', headers: { 'X-H': 'v' } });
  await get(`${base}/merged`, { method: 'PUT', auth: 'user:pass' });
  await get(`http://user:p%40ss@127.0.0.1:${port}/auth`);
  await get({ port, hostname: '127.0.0.1', path: '/nohost', setHost: false });
  assert.deepStrictEqual(seen, [
    ['GET', '/a?b=1', `127.0.0.1:${port}`, undefined, undefined],
    ['GET', '/url', `127.0.0.1:${port}`, undefined, undefined],
    ['DELETE', '/opts', `127.0.0.1:${port}`, undefined, 'v'],
    ['PUT', '/merged', `127.0.0.1:${port}`, 'Basic dXNlcjpwYXNz', undefined],
    ['GET', '/auth', `127.0.0.1:${port}`, 'Basic dXNlcjpwQHNz', undefined],
    ['GET', '/nohost', undefined, undefined, undefined],
  ]);
  server.close();
}));

// fetch() against a local server: the request line and headers sent (undici's
// order and defaults), the Response's status, statusText, url, type and
// immutable headers (lower-cased, sorted, set-cookie apart), null bodies for
// HEAD and 204, and the global's shape.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (c) => body += c);
  req.on('end', () => {
    if (req.url === '/204') {
      res.writeHead(204);
      res.end();
      return;
    }
    res.setHeader('X-Custom', 'Yes');
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.statusMessage = 'Fine Thanks';
    res.end(JSON.stringify({ method: req.method, url: req.url, raw: req.rawHeaders, body }));
  });
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const host = `127.0.0.1:${server.address().port}`;
  const base = `http://${host}`;

  let res = await fetch(`${base}/path?q=1#frag`);
  assert.strictEqual(res.status, 200);
  assert.strictEqual(res.statusText, 'Fine Thanks');
  assert.strictEqual(res.ok, true);
  assert.strictEqual(res.url, `${base}/path?q=1`);
  assert.strictEqual(res.redirected, false);
  assert.strictEqual(res.type, 'basic');
  assert.strictEqual(res.headers.get('x-custom'), 'Yes');
  assert.deepStrictEqual(res.headers.getSetCookie(), ['a=1', 'b=2']);
  const names = [...res.headers.keys()];
  assert.deepStrictEqual(names, [...names].sort());
  assert.ok(names.includes('content-length'));
  assert.throws(() => res.headers.set('a', 'b'), { name: 'TypeError', message: 'immutable' });
  let echo = await res.json();
  assert.strictEqual(echo.method, 'GET');
  assert.strictEqual(echo.url, '/path?q=1');
  assert.deepStrictEqual(echo.raw, [
    'host', host, 'connection', 'keep-alive', 'accept', '*/*', 'accept-language', '*',
    'sec-fetch-mode', 'cors', 'user-agent', 'node', 'accept-encoding', 'gzip, deflate',
  ]);

  // The request's own headers come first, as given; fetch's defaults fill
  // in what is missing; a string body adds its content type and length.
  res = await fetch(`${base}/post`, {
    method: 'post',
    body: 'hé',
    headers: [['X-Foo', 'bar'], ['accept', 'text/html'], ['X-foo', 'baz'],
      ['sec-fetch-mode', 'navigate'], ['Host', 'ignored.example']],
  });
  echo = await res.json();
  assert.strictEqual(echo.method, 'POST');
  assert.strictEqual(echo.body, 'h\u00c3\u00a9');
  assert.deepStrictEqual(echo.raw, [
    'host', host, 'connection', 'keep-alive', 'X-Foo', 'bar, baz', 'accept', 'text/html',
    'sec-fetch-mode', 'cors', 'content-type', 'text/plain;charset=UTF-8',
    'accept-language', '*', 'user-agent', 'node', 'accept-encoding', 'gzip, deflate',
    'content-length', '3',
  ]);

  // POST and PUT without a body send content-length: 0; DELETE sends none.
  echo = await (await fetch(`${base}/`, { method: 'POST' })).json();
  assert.deepStrictEqual(echo.raw.slice(-2), ['content-length', '0']);
  echo = await (await fetch(`${base}/`, { method: 'DELETE' })).json();
  assert.ok(!echo.raw.includes('content-length'));
  assert.strictEqual(echo.method, 'DELETE');

  // connection: close is passed on.
  echo = await (await fetch(`${base}/`, { headers: { connection: 'close' } })).json();
  assert.deepStrictEqual(echo.raw.slice(2, 4), ['connection', 'close']);

  // HEAD and 204 have no body.
  res = await fetch(`${base}/`, { method: 'HEAD' });
  assert.strictEqual(res.body, null);
  assert.strictEqual(await res.text(), '');
  res = await fetch(`${base}/204`);
  assert.strictEqual(res.status, 204);
  assert.strictEqual(res.body, null);

  // A Request as input.
  const request = new Request(`${base}/req`, { method: 'PUT', body: 'r', headers: { k: 'v' } });
  echo = await (await fetch(request)).json();
  assert.strictEqual(echo.method, 'PUT');
  assert.strictEqual(echo.body, 'r');
  assert.strictEqual(request.bodyUsed, true);
  // ... with init overriding.
  echo = await (await fetch(new Request(`${base}/a`), { method: 'OPTIONS' })).json();
  assert.strictEqual(echo.method, 'OPTIONS');

  server.close();
}));

const desc = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
assert.strictEqual(desc.enumerable, true);
assert.strictEqual(desc.writable, true);
assert.strictEqual(fetch.name, 'fetch');
assert.strictEqual(fetch.length, 1);
for (const name of ['Headers', 'Request', 'Response', 'FormData']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, name).enumerable, false);
}

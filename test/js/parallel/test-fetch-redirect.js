// fetch() redirects: follow (url list, redirected), method and body rewrite
// for 301/302 POST and 303, 307 re-sending the body, cross-origin header
// removal, manual and error modes, the 20-redirect limit, bad locations,
// and a stream body that cannot be sent again.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => body += c);
  req.on('end', () => {
    const url = new URL(req.url, 'http://x');
    const to = url.searchParams.get('to');
    const n = Number(url.searchParams.get('n'));
    if (url.pathname === '/chain') {
      res.writeHead(302, { location: n > 1 ? `/chain?n=${n - 1}` : '/echo' });
      res.end('redirect body');
      return;
    }
    if (url.pathname.startsWith('/r')) {
      const status = Number(url.pathname.slice(2));
      res.writeHead(status, to === null ? {} : { location: to });
      res.end('moved');
      return;
    }
    res.end(JSON.stringify({
      method: req.method, url: req.url, body,
      type: req.headers['content-type'] || null,
      auth: req.headers.authorization || null,
    }));
  });
});

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const post = (extra) => ({
    method: 'POST', body: 'data', headers: { 'content-type': 'x/y', authorization: 'a' }, ...extra,
  });

  let res = await fetch(`${base}/chain?n=3`);
  assert.strictEqual(res.status, 200);
  assert.strictEqual(res.redirected, true);
  assert.strictEqual(res.url, `${base}/echo`);
  assert.strictEqual((await res.json()).url, '/echo');

  for (const [status, method, body, type] of [
    [301, 'GET', '', null], [302, 'GET', '', null], [303, 'GET', '', null],
    [307, 'POST', 'data', 'x/y'], [308, 'POST', 'data', 'x/y'],
  ]) {
    const echo = await (await fetch(`${base}/r${status}?to=/echo`, post())).json();
    assert.deepStrictEqual([echo.method, echo.body, echo.type, echo.auth],
                           [method, body, type, 'a'], `status ${status}`);
  }
  // 303 turns PUT into GET too; 301 keeps PUT.
  assert.strictEqual((await (await fetch(`${base}/r303?to=/echo`, post({ method: 'PUT' }))).json())
    .method, 'GET');
  assert.strictEqual((await (await fetch(`${base}/r301?to=/echo`, post({ method: 'PUT' }))).json())
    .method, 'PUT');

  // Cross origin (another host name for the same server): authorization goes.
  const other = `http://localhost:${server.address().port}/echo`;
  const crossed = await (await fetch(`${base}/r307?to=${encodeURIComponent(other)}`, post()))
    .json();
  assert.strictEqual(crossed.auth, null);
  assert.strictEqual(crossed.body, 'data');

  // No location: the redirect response itself.
  res = await fetch(`${base}/r301`);
  assert.strictEqual(res.status, 301);
  assert.strictEqual(await res.text(), 'moved');

  // manual: the redirect response, location readable.
  res = await fetch(`${base}/r302?to=/echo`, { redirect: 'manual' });
  assert.strictEqual(res.status, 302);
  assert.strictEqual(res.redirected, false);
  assert.strictEqual(res.headers.get('location'), '/echo');
  assert.strictEqual(res.url, `${base}/r302?to=/echo`);

  const failsWith = async (promise, check) => {
    await assert.rejects(promise, (err) => {
      assert.strictEqual(err.constructor, TypeError);
      assert.strictEqual(err.message, 'fetch failed');
      check(err.cause);
      return true;
    });
  };
  await failsWith(fetch(`${base}/r302?to=/echo`, { redirect: 'error' }), (cause) => {
    assert.strictEqual(cause.message, 'unexpected redirect');
  });
  // 20 redirects are followed, the 21st fails.
  assert.strictEqual((await fetch(`${base}/chain?n=20`)).status, 200);
  await failsWith(fetch(`${base}/chain?n=21`), (cause) => {
    assert.strictEqual(cause.message, 'redirect count exceeded');
  });
  await failsWith(fetch(`${base}/r301?to=ftp://x/`), (cause) => {
    assert.strictEqual(cause.message, 'URL scheme must be a HTTP(S) scheme');
  });
  await failsWith(fetch(`${base}/r301?to=${encodeURIComponent('http://[')}`), (cause) => {
    assert.strictEqual(cause.code, 'ERR_INVALID_URL');
  });
  await failsWith(fetch(`${base}/r307?to=/echo`, {
    method: 'POST',
    duplex: 'half',
    body: new ReadableStream({
      start(c) {
        c.enqueue(new Uint8Array([1]));
        c.close();
      },
    }),
  }), (cause) => {
    assert.ok(cause instanceof Error);
    assert.strictEqual(cause.message, '');
  });
  server.close();
}));

// koa 3 with @koa/router on node:http: middleware order (a header set
// after `await next()`), the context through AsyncLocalStorage
// (app.currentContext across awaits), route params and query, JSON request
// bodies read by hand from ctx.req, object/Buffer/string/stream bodies (a
// file through fs.createReadStream with its length), HEAD, 404, 405/501
// from allowedMethods, redirects, ctx.throw with status and message,
// thrown errors answered 500 and reported to app.on('error'), and a file
// stream that fails before its first byte (koa pipes it: the connection
// is dropped and the error reported).
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const Koa = require('koa');
const Router = require('@koa/router');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-koa-'));
const bigText = 'koa static line\n'.repeat(8192);  // 128 KiB: several reads
fs.writeFileSync(path.join(root, 'big.txt'), bigText);

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('error', reject);
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (err) {
        err.status = 400;
        err.expose = true;
        reject(err);
      }
    });
  });
}

const app = new Koa({ asyncLocalStorage: true });
const appErrors = [];
app.on('error', (err, ctx) => appErrors.push([err.message, ctx && ctx.path]));

const order = [];
app.use(async (ctx, next) => {
  order.push('outer in');
  await next();
  order.push('outer out');
  ctx.set('X-Mw', 'outer');
});

const router = new Router();
router.get('/json', (ctx) => {
  ctx.body = { ok: true, list: [1, 2] };
});
router.get('/als', async (ctx) => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  await null;
  ctx.body = { same: app.currentContext === ctx, path: app.currentContext.path };
});
router.get('/users/:id/books/:book', (ctx) => {
  ctx.body = `${ctx.params.id}/${ctx.params.book}?${ctx.query.sort}`;
});
router.post('/echo', async (ctx) => {
  const body = await readJson(ctx.req);
  ctx.status = 201;
  ctx.set('X-Got-Type', ctx.get('content-type'));
  ctx.body = { got: body, length: ctx.request.length };
});
router.put('/buffer', (ctx) => {
  ctx.type = 'application/octet-stream';
  ctx.body = Buffer.from([0, 1, 2, 255]);
});
router.get('/file', (ctx) => {
  ctx.type = 'text/plain';
  ctx.length = fs.statSync(path.join(root, 'big.txt')).size;
  ctx.body = fs.createReadStream(path.join(root, 'big.txt'));
});
router.get('/missing-file', (ctx) => {
  ctx.type = 'text/plain';
  ctx.body = fs.createReadStream(path.join(root, 'nope.txt'));
});
router.get('/forbidden', (ctx) => ctx.throw(403, 'no entry'));
router.get('/boom', () => {
  throw new Error('kaboom');
});
router.get('/async-boom', async () => {
  await new Promise((resolve) => setImmediate(resolve));
  throw new Error('later');
});
router.get('/redirect', (ctx) => ctx.redirect('/json'));
router.get('/status', (ctx) => {
  ctx.status = 204;
});
router.get('/headers', (ctx) => {
  ctx.set({ 'X-A': '1', 'X-List': ['a', 'b'] });
  ctx.append('X-List', 'c');
  ctx.remove('X-Mw');
  ctx.body = ctx.get('x-client');
});
app.use(router.routes());
app.use(router.allowedMethods());

function request(port, method, urlPath, { body, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', method, path: urlPath, headers }, (res) => {
      const chunks = [];
      res.on('data', (d) => chunks.push(d));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        resolve({ status: res.statusCode, headers: res.headers, raw, body: raw.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  try {
    let r = await request(port, 'GET', '/json');
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.headers['content-type'], 'application/json; charset=utf-8');
    assert.strictEqual(r.headers['content-length'], String(r.body.length));
    assert.strictEqual(r.headers['x-mw'], 'outer');
    assert.deepStrictEqual(JSON.parse(r.body), { ok: true, list: [1, 2] });
    assert.deepStrictEqual(order, ['outer in', 'outer out']);

    r = await request(port, 'GET', '/users/42/books/7?sort=asc');
    assert.strictEqual(r.body, '42/7?asc');
    assert.strictEqual(r.headers['content-type'], 'text/plain; charset=utf-8');

    const payload = JSON.stringify({ x: [1, { y: 'zé' }] });
    r = await request(port, 'POST', '/echo', {
      body: payload, headers: { 'Content-Type': 'application/json' },
    });
    assert.strictEqual(r.status, 201);
    assert.strictEqual(r.headers['x-got-type'], 'application/json');
    assert.deepStrictEqual(JSON.parse(r.body),
                           { got: { x: [1, { y: 'zé' }] }, length: Buffer.byteLength(payload) });

    // A chunked request body (no Content-Length) reads the same way.
    r = await new Promise((resolve, reject) => {
      const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/echo' }, (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (d) => data += d);
        res.on('end', () => resolve({ status: res.statusCode, body: data }));
      });
      req.on('error', reject);
      req.write('{"parts":');
      setTimeout(() => req.end('[1,2]}'), 10);
    });
    assert.strictEqual(r.status, 201);
    assert.deepStrictEqual(JSON.parse(r.body), { got: { parts: [1, 2] } });

    r = await request(port, 'POST', '/echo', { body: '{bad json' });
    assert.strictEqual(r.status, 400);
    assert.match(r.body, /JSON/);

    r = await request(port, 'PUT', '/buffer');
    assert.strictEqual(r.headers['content-type'], 'application/octet-stream');
    assert.strictEqual(r.headers['content-length'], '4');
    assert.deepStrictEqual([...r.raw], [0, 1, 2, 255]);

    r = await request(port, 'GET', '/file');
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.headers['content-type'], 'text/plain; charset=utf-8');
    assert.strictEqual(r.headers['content-length'], String(bigText.length));
    assert.strictEqual(r.headers['transfer-encoding'], undefined);
    assert.strictEqual(r.body, bigText);

    r = await request(port, 'HEAD', '/json');
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.headers['content-length'], '24');
    assert.strictEqual(r.body, '');

    const [a1, a2] = await Promise.all([request(port, 'GET', '/als'), request(port, 'GET', '/als')]);
    assert.deepStrictEqual(JSON.parse(a1.body), { same: true, path: '/als' });
    assert.deepStrictEqual(JSON.parse(a2.body), { same: true, path: '/als' });
    assert.strictEqual(app.currentContext, undefined);

    r = await request(port, 'GET', '/missing-file').catch((err) => err);
    assert.strictEqual(r.code, 'ECONNRESET');
    assert.strictEqual(r.message, 'socket hang up');

    r = await request(port, 'GET', '/nowhere');
    assert.strictEqual(r.status, 404);
    assert.strictEqual(r.body, 'Not Found');

    r = await request(port, 'DELETE', '/json');
    assert.strictEqual(r.status, 405);
    assert.strictEqual(r.headers.allow, 'HEAD, GET');

    r = await request(port, 'OPTIONS', '/echo');
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.headers.allow, 'POST');

    r = await request(port, 'PURGE', '/json');
    assert.strictEqual(r.status, 501);

    r = await request(port, 'GET', '/forbidden');
    assert.strictEqual(r.status, 403);
    assert.strictEqual(r.body, 'no entry');

    r = await request(port, 'GET', '/boom');
    assert.strictEqual(r.status, 500);
    assert.strictEqual(r.body, 'Internal Server Error');
    assert.strictEqual(r.headers['x-mw'], undefined);

    r = await request(port, 'GET', '/async-boom');
    assert.strictEqual(r.status, 500);
    assert.strictEqual(r.body, 'Internal Server Error');

    r = await request(port, 'GET', '/redirect');
    assert.strictEqual(r.status, 302);
    assert.strictEqual(r.headers.location, '/json');
    assert.match(r.body, /Redirecting to/);

    r = await request(port, 'GET', '/status');
    assert.strictEqual(r.status, 204);
    assert.strictEqual(r.headers['content-length'], undefined);
    assert.strictEqual(r.body, '');

    r = await request(port, 'GET', '/headers', { headers: { 'X-Client': 'hi' } });
    assert.strictEqual(r.headers['x-a'], '1');
    assert.strictEqual(r.headers['x-list'], 'a, b, c');
    assert.strictEqual(r.headers['x-mw'], 'outer');
    assert.strictEqual(r.body, 'hi');

    // Every error reaches app.on('error'), in request order (the failed
    // stream twice: from the body's own error listener and from the pipe).
    assert.deepStrictEqual(appErrors.map((e) => e[1]),
                           ['/echo', '/missing-file', '/missing-file', '/forbidden', '/boom', '/async-boom']);
    assert.match(appErrors[0][0], /JSON/);
    assert.match(appErrors[1][0], /ENOENT/);
    assert.match(appErrors[2][0], /ENOENT/);
    assert.strictEqual(appErrors[3][0], 'no entry');
    assert.strictEqual(appErrors[4][0], 'kaboom');
    assert.strictEqual(appErrors[5][0], 'later');
  } finally {
    server.close();
    http.globalAgent.destroy();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

// express 4 on node:http: JSON bodies and responses, route params, query
// strings, express.static (with HEAD, 304 on If-None-Match, ranges), a
// 404 for unknown paths, error middleware, redirects and cookies.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const express = require('express');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-express-'));
fs.writeFileSync(path.join(root, 'hello.txt'), 'static hello\n');
fs.mkdirSync(path.join(root, 'sub'));
fs.writeFileSync(path.join(root, 'sub', 'index.html'), '<p>index</p>');

const app = express();
app.use(express.json());
app.use('/files', express.static(root));
app.get('/json', (req, res) => res.json({ ok: true, list: [1, 2] }));
app.get('/users/:id/books/:book', (req, res) => res.send(`${req.params.id}/${req.params.book}`));
app.get('/search', (req, res) => res.json(req.query));
app.post('/echo', (req, res) => res.status(201).json({ got: req.body }));
app.get('/boom', () => {
  throw new Error('kaboom');
});
app.get('/async-boom', (req, res, next) => setImmediate(() => next(new Error('later'))));
app.get('/redirect', (req, res) => res.redirect('/json'));
app.get('/cookie', (req, res) => res.cookie('a', '1', { httpOnly: true }).send('set'));
app.use((err, req, res, next) => {
  res.status(500).json({ error: err.message });
});

function request(port, method, urlPath, { body, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', method, path: urlPath, headers }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => data += d);
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: data }));
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
    assert.strictEqual(r.headers['x-powered-by'], 'Express');
    assert.strictEqual(r.headers['content-length'], String(r.body.length));
    assert.match(r.headers.etag, /^W\/"/);
    assert.deepStrictEqual(JSON.parse(r.body), { ok: true, list: [1, 2] });

    r = await request(port, 'GET', '/json', { headers: { 'If-None-Match': r.headers.etag } });
    assert.strictEqual(r.status, 304);
    assert.strictEqual(r.body, '');

    r = await request(port, 'GET', '/users/42/books/7');
    assert.strictEqual(r.body, '42/7');
    assert.strictEqual(r.headers['content-type'], 'text/html; charset=utf-8');

    r = await request(port, 'GET', '/search?q=eddy&tags[]=a&tags[]=b&n=1');
    assert.deepStrictEqual(JSON.parse(r.body), { q: 'eddy', tags: ['a', 'b'], n: '1' });

    r = await request(port, 'POST', '/echo', {
      body: JSON.stringify({ x: [1, { y: 'z' }] }),
      headers: { 'Content-Type': 'application/json' },
    });
    assert.strictEqual(r.status, 201);
    assert.deepStrictEqual(JSON.parse(r.body), { got: { x: [1, { y: 'z' }] } });

    r = await request(port, 'POST', '/echo', {
      body: '{bad json', headers: { 'Content-Type': 'application/json' },
    });
    assert.strictEqual(r.status, 500);
    assert.match(JSON.parse(r.body).error, /JSON/);

    r = await request(port, 'GET', '/files/hello.txt');
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.body, 'static hello\n');
    assert.strictEqual(r.headers['content-type'], 'text/plain; charset=UTF-8');
    assert.strictEqual(r.headers['accept-ranges'], 'bytes');
    assert.ok(r.headers['last-modified']);
    const etag = r.headers.etag;

    r = await request(port, 'HEAD', '/files/hello.txt');
    assert.strictEqual(r.status, 200);
    assert.strictEqual(r.headers['content-length'], '13');
    assert.strictEqual(r.body, '');

    r = await request(port, 'GET', '/files/hello.txt', { headers: { 'If-None-Match': etag } });
    assert.strictEqual(r.status, 304);

    r = await request(port, 'GET', '/files/hello.txt', { headers: { Range: 'bytes=0-5' } });
    assert.strictEqual(r.status, 206);
    assert.strictEqual(r.body, 'static');
    assert.strictEqual(r.headers['content-range'], 'bytes 0-5/13');

    r = await request(port, 'GET', '/files/sub');
    assert.strictEqual(r.status, 301);
    assert.strictEqual(r.headers.location, '/files/sub/');

    r = await request(port, 'GET', '/files/sub/');
    assert.strictEqual(r.body, '<p>index</p>');

    r = await request(port, 'GET', '/nowhere');
    assert.strictEqual(r.status, 404);
    assert.match(r.body, /Cannot GET \/nowhere/);

    r = await request(port, 'GET', '/boom');
    assert.strictEqual(r.status, 500);
    assert.deepStrictEqual(JSON.parse(r.body), { error: 'kaboom' });

    r = await request(port, 'GET', '/async-boom');
    assert.deepStrictEqual(JSON.parse(r.body), { error: 'later' });

    r = await request(port, 'GET', '/redirect');
    assert.strictEqual(r.status, 302);
    assert.strictEqual(r.headers.location, '/json');

    r = await request(port, 'GET', '/cookie');
    assert.deepStrictEqual(r.headers['set-cookie'], ['a=1; Path=/; HttpOnly']);
  } finally {
    server.close();
    http.globalAgent.destroy();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

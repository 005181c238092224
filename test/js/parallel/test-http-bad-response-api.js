// Program errors on live messages that test-http-outgoing-validation does
// not cover: a writeHead() refused for a bad header name, value or status
// sends nothing and leaves the response usable; so does end() with an
// invalid statusCode or statusMessage; bad trailers are refused before
// end(); a client request refuses bad headers, paths and methods up
// front. A write after end() without an 'error' listener reaches
// 'uncaughtException' (as in node) and the server keeps serving.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const handlers = {
  '/writeHead'(req, res) {
    assert.throws(() => res.writeHead(200, { 'a b': '1' }),
                  { code: 'ERR_INVALID_HTTP_TOKEN', message: 'Header name must be a valid HTTP token ["a b"]' });
    assert.throws(() => res.writeHead(200, { x: 'a\nb' }),
                  { code: 'ERR_INVALID_CHAR', message: 'Invalid character in header content ["x"]' });
    assert.throws(() => res.writeHead(200, ['x', 'a\u0100']), { code: 'ERR_INVALID_CHAR' });
    assert.throws(() => res.writeHead(200, ['x']), { code: 'ERR_INVALID_ARG_VALUE' });
    assert.throws(() => res.writeHead(99), { code: 'ERR_HTTP_INVALID_STATUS_CODE' });
    assert.strictEqual(res.headersSent, false);
    res.writeHead(202, 'Taken', { 'X-Ok': '1' });
    assert.throws(() => res.writeHead(200), { code: 'ERR_HTTP_HEADERS_SENT' });
    res.end('writeHead');
  },
  '/end'(req, res) {
    res.statusCode = 99;
    assert.throws(() => res.end('x'), { code: 'ERR_HTTP_INVALID_STATUS_CODE', name: 'RangeError' });
    assert.strictEqual(res.headersSent, false);
    assert.strictEqual(res.writableEnded, false);
    res.statusCode = 200;
    res.statusMessage = 'bad\nmessage';
    assert.throws(() => res.end('x'),
                  { code: 'ERR_INVALID_CHAR', message: 'Invalid character in statusMessage' });
    res.statusMessage = 'Fine';
    res.end('end');
  },
  '/trailers'(req, res) {
    res.writeHead(200, { Trailer: 'x-t' });
    assert.throws(() => res.addTrailers({ 'a b': '1' }),
                  { code: 'ERR_INVALID_HTTP_TOKEN', message: 'Trailer name must be a valid HTTP token ["a b"]' });
    assert.throws(() => res.addTrailers({ 'x-t': 'a\rb' }),
                  { code: 'ERR_INVALID_CHAR', message: 'Invalid character in trailer content ["x-t"]' });
    res.addTrailers({ 'x-t': 'ok' });
    res.end('trailers');
  },
  '/after-end'(req, res) {
    res.end('after-end');
    assert.strictEqual(res.write('x'), false);
  },
};

process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  assert.strictEqual(err.message, 'write after end');
}));

const server = http.createServer((req, res) => handlers[req.url](req, res));

function get(port, path) {
  return new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', path, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => body += d);
      res.on('end', () => resolve({ res, body }));
    }).on('error', reject);
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const port = server.address().port;
  assert.throws(() => http.request({ port, headers: { x: 'a\r\nb' } }), { code: 'ERR_INVALID_CHAR' });
  assert.throws(() => http.request({ port, headers: { 'a b': '1' } }), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => http.request({ port, path: '/a b' }),
                { code: 'ERR_UNESCAPED_CHARACTERS', message: 'Request path contains unescaped characters' });
  assert.throws(() => http.request({ port, method: 'G T' }),
                { code: 'ERR_INVALID_HTTP_TOKEN', message: 'Method must be a valid HTTP token ["G T"]' });

  let r = await get(port, '/writeHead');
  assert.strictEqual(r.res.statusCode, 202);
  assert.strictEqual(r.res.statusMessage, 'Taken');
  assert.strictEqual(r.res.headers['x-ok'], '1');
  assert.strictEqual(r.body, 'writeHead');

  r = await get(port, '/end');
  assert.strictEqual(r.res.statusMessage, 'Fine');
  assert.strictEqual(r.body, 'end');

  r = await get(port, '/trailers');
  assert.strictEqual(r.body, 'trailers');
  assert.deepStrictEqual(r.res.trailers, { 'x-t': 'ok' });

  r = await get(port, '/after-end');
  assert.strictEqual(r.body, 'after-end');
  await new Promise((resolve) => setImmediate(resolve));
  r = await get(port, '/end');
  assert.strictEqual(r.body, 'end');
  server.close();
}));

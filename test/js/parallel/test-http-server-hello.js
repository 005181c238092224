// A server answers http.get: status, headers set with setHeader, body, and
// the request's method/url/httpVersion as the server sees them.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.method, 'GET');
  assert.strictEqual(req.url, '/path?x=1');
  assert.strictEqual(req.httpVersion, '1.1');
  assert.strictEqual(req.httpVersionMajor, 1);
  assert.strictEqual(req.httpVersionMinor, 1);
  assert.strictEqual(req.headers.host, `127.0.0.1:${server.address().port}`);
  assert.strictEqual(req.socket, req.connection);
  res.setHeader('Content-Type', 'text/plain');
  res.end('hello world');
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  http.get(`http://127.0.0.1:${server.address().port}/path?x=1`, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(res.statusMessage, 'OK');
    assert.strictEqual(res.headers['content-type'], 'text/plain');
    assert.strictEqual(res.headers['content-length'], '11');
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'hello world');
      server.close();
    }));
  }));
}));

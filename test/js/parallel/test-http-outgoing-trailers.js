// addTrailers sends trailer lines after the last chunk of a chunked
// response; trailers on a Content-Length response are rejected.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/bad') {
    res.setHeader('Content-Length', '2');
    res.setHeader('Trailer', 'X');
    assert.throws(() => res.end('ok'), {
      code: 'ERR_HTTP_TRAILER_INVALID',
      message: 'Trailers are invalid with this transfer encoding',
    });
    res.destroy();
    return;
  }
  res.writeHead(200, { 'Trailer': 'X-Checksum' });
  res.write('data');
  assert.throws(() => res.addTrailers({ 'bad name': 'x' }), {
    code: 'ERR_INVALID_HTTP_TOKEN', message: 'Trailer name must be a valid HTTP token ["bad name"]',
  });
  assert.throws(() => res.addTrailers({ 'X': 'a\nb' }), {
    code: 'ERR_INVALID_CHAR', message: 'Invalid character in trailer content ["X"]',
  });
  res.addTrailers({ 'X-Checksum': 'abc', 'X-Multi': ['1', '2'] });
  res.end();
}, 2));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      assert.deepStrictEqual(res.rawTrailers, ['X-Checksum', 'abc', 'X-Multi', '1', 'X-Multi', '2']);
      const bad = http.get({ port: server.address().port, host: '127.0.0.1', path: '/bad' });
      bad.on('error', common.mustCall(() => server.close()));
    }));
  }));
}));

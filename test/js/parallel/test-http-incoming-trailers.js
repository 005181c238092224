// A chunked request's trailers appear on trailers/rawTrailers (and
// trailersDistinct) once the body has been read; the body arrives intact.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.deepStrictEqual(req.trailers, {});
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => body += d);
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, 'hello world');
    assert.strictEqual(req.complete, true);
    assert.deepStrictEqual(req.rawTrailers, ['X-Sum', 'abc', 'x-sum', 'def', 'X-Other', '1']);
    assert.deepStrictEqual(req.trailers, { 'x-sum': 'abc, def', 'x-other': '1' });
    assert.deepStrictEqual(req.trailersDistinct,
                           { __proto__: null, 'x-sum': ['abc', 'def'], 'x-other': ['1'] });
    res.end();
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.write('POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
          '5\r\nhello\r\n6\r\n world\r\n0\r\nX-Sum: abc\r\nx-sum: def\r\nX-Other: 1\r\n\r\n');
  c.resume();
}));

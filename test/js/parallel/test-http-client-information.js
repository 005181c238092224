// With Expect: 100-continue the request header goes out at once; 'continue'
// fires on the 100 (also an 'information' event) and the body follows.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => body += d);
  req.on('end', () => res.end(body.toUpperCase()));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.request({
    port: server.address().port, host: '127.0.0.1', method: 'POST',
    headers: { Expect: '100-continue' },
  }, common.mustCall((res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'PAYLOAD');
      server.close();
    }));
  }));
  assert.strictEqual(req.headersSent, true);
  req.on('information', common.mustCall((info) => {
    assert.strictEqual(info.statusCode, 100);
    assert.strictEqual(info.statusMessage, 'Continue');
  }));
  req.on('continue', common.mustCall(() => req.end('payload')));
}));

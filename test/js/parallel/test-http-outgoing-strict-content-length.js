// strictContentLength: writing more, or ending with fewer bytes, than the
// Content-Length header promises throws ERR_HTTP_CONTENT_LENGTH_MISMATCH.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.strictContentLength = true;
  res.setHeader('Content-Length', 5);
  res.write('abc');
  assert.throws(() => res.write('def'), {
    code: 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
    message: 'Response body\'s content-length of 6 byte(s) does not match the ' +
      'content-length of 5 byte(s) set in header',
  });
  assert.throws(() => res.end('d'), {
    message: 'Response body\'s content-length of 4 byte(s) does not match the ' +
      'content-length of 5 byte(s) set in header',
  });
  res.end('de');
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'abcde');
      server.close();
    }));
  }));
}));

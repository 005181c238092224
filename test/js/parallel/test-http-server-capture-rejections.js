// With captureRejections, a request handler whose promise rejects gets a
// bare 500 when nothing was sent yet.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const events = require('events');

events.captureRejections = true;
const captured = http.createServer(common.mustCall(async (req, res) => {
  res.setHeader('X-Gone', '1');
  throw new Error('handler failed');
}));
events.captureRejections = false;

captured.listen(0, '127.0.0.1', common.mustCall(() => {
  http.get({ port: captured.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 500);
    assert.strictEqual(res.headers['x-gone'], undefined);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'Internal Server Error');
      captured.close();
    }));
  }));
}));

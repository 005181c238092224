// A request body the handler does not read stops the server reading the
// socket (the client's writes back up), and reading resumes when the
// handler starts consuming; every byte arrives.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');

const TOTAL = 8 * 1024 * 1024;
const server = http.createServer(common.mustCall((req, res) => {
  setTimeout(() => {
    let received = 0;
    req.on('data', (d) => received += d.length);
    req.on('end', common.mustCall(() => {
      assert.strictEqual(received, TOTAL);
      res.end(String(received));
    }));
  }, 200);
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.request({
    port: server.address().port,
    host: '127.0.0.1',
    method: 'POST',
    headers: { 'Content-Length': TOTAL },
  }, common.mustCall((res) => {
    res.setEncoding('utf8');
    let body = '';
    res.on('data', (d) => body += d);
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, String(TOTAL));
      server.close();
    }));
  }));
  const chunk = Buffer.alloc(64 * 1024, 'x');
  let sent = 0;
  let sawBackpressure = false;
  (function pump() {
    while (sent < TOTAL) {
      sent += chunk.length;
      if (!req.write(chunk)) {
        sawBackpressure = true;
        req.once('drain', pump);
        return;
      }
    }
    assert.ok(sawBackpressure, 'writes never backed up');
    req.end();
  })();
}));

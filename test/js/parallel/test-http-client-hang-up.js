// The server closing before any response: the request gets an ECONNRESET
// "socket hang up" error; closing mid-response: the response gets
// 'aborted' and an ECONNRESET "aborted" error.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = net.createServer((s) => {
  s.once('data', (d) => {
    if (String(d).startsWith('GET /partial')) {
      s.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nsome');
      setTimeout(() => s.destroy(), 20);
    } else {
      s.destroy();
    }
  });
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const port = server.address().port;
  const a = http.get({ port, host: '127.0.0.1', agent: false }, common.mustNotCall());
  a.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'socket hang up');
    const b = http.get({ port, host: '127.0.0.1', path: '/partial', agent: false },
                       common.mustCall((res) => {
                         res.on('data', () => {});
                         res.on('aborted', common.mustCall());
                         res.on('error', common.mustCall((e) => {
                           assert.strictEqual(e.code, 'ECONNRESET');
                           assert.strictEqual(e.message, 'aborted');
                         }));
                         res.on('close', common.mustCall(() => {
                           assert.strictEqual(res.complete, false);
                           server.close();
                         }));
                       }));
    b.on('error', common.mustNotCall());
  }));
}));

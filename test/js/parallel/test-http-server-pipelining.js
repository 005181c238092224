// Pipelined requests are answered in order even when later handlers finish
// first; responses wait their turn on the socket.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const delays = { '/1': 60, '/2': 0, '/3': 20 };
const server = http.createServer(common.mustCall((req, res) => {
  setTimeout(() => res.end(`body${req.url}`), delays[req.url]);
}, 3));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let out = '';
  c.setEncoding('latin1');
  c.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n' +
          'GET /3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  c.on('data', (d) => out += d);
  c.on('end', common.mustCall(() => {
    const bodies = out.split('\r\n\r\n').slice(1).map((s) => s.replace(/HTTP\/1.1.*$/s, ''));
    assert.deepStrictEqual(bodies, ['body/1', 'body/2', 'body/3']);
    assert.strictEqual((out.match(/Connection: close/g) || []).length, 1);
    server.close();
  }));
}));

// maxRequestsPerSocket: the last allowed response says Connection: close
// (the ones before carry max= in Keep-Alive); further requests on the
// connection get 503 and 'dropRequest'.
'use strict';
const common = require('../../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => res.end(req.url), 2));
server.maxRequestsPerSocket = 2;
server.on('dropRequest', common.mustCall((req, socket) => {
  assert.strictEqual(req.url, '/3');
  assert.ok(socket instanceof net.Socket);
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let out = '';
  c.setEncoding('latin1');
  const r = (p) => `GET ${p} HTTP/1.1\r\nHost: x\r\n\r\n`;
  c.write(r('/1') + r('/2') + r('/3'));
  c.on('data', (d) => out += d);
  c.on('end', common.mustCall(() => {
    const parts = out.replace(/Date: [^\r]+\r\n/g, '').split(/(?=HTTP\/1\.1 )/);
    assert.deepStrictEqual(parts, [
      'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5, max=2\r\n' +
        'Content-Length: 2\r\n\r\n/1',
      'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n/2',
      'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n' +
        'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    ]);
    server.close();
  }));
}));

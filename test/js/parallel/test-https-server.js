'use strict';
// https.createServer with https.request on both ends: a request with a body,
// keep-alive reuse through an https.Agent, the server's socket being a
// TLSSocket, https.Server being a tls.Server, and a plain-HTTP request to
// the HTTPS port reaching 'clientError' (via 'tlsClientError').
const assert = require('assert');
const https = require('https');
const http = require('http');
const tls = require('tls');
const net = require('net');
const { read } = require('../../fixtures/tls');

const ca = read('ca-cert.pem');
const server = https.createServer({ key: read('server-key.pem'), cert: read('server-cert.pem') },
                                  (req, res) => {
  assert(req.socket instanceof tls.TLSSocket);
  assert.strictEqual(req.socket.encrypted, true);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('x-url', req.url);
    res.end(`${req.method} ${body}`);
  });
});
assert(server instanceof https.Server);
assert(server instanceof tls.Server);
assert(server instanceof net.Server);
assert(!(server instanceof http.Server));

let clientErrors = 0;
server.on('clientError', (err, socket) => {
  clientErrors++;
  assert.strictEqual(err.code, 'ERR_SSL_HTTP_REQUEST');
  socket.destroy();
});

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
  const sockets = new Set();
  let pending = 3;
  for (let i = 0; i < 3; i++) {
    const req = https.request({ host: 'localhost', port, path: `/r${i}`, method: 'PUT', ca, agent },
                              (res) => {
      assert.strictEqual(res.statusCode, 200);
      assert.strictEqual(res.headers['x-url'], `/r${i}`);
      sockets.add(res.socket);
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        assert.strictEqual(body, `PUT body${i}`);
        if (--pending === 0) {
          assert.strictEqual(sockets.size, 1);
          agent.destroy();
          plainRequest(port);
        }
      });
    });
    req.end(`body${i}`);
  }
});

function plainRequest(port) {
  const req = http.get({ host: '127.0.0.1', port, path: '/' }, () => assert.fail('response'));
  req.on('error', (err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(clientErrors, 1);
    server.close();
  });
}

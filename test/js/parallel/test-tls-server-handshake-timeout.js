'use strict';
// tls.Server handshakeTimeout: a client that connects and never says hello
// ends in 'tlsClientError' with ERR_TLS_HANDSHAKE_TIMEOUT; a bad
// handshakeTimeout is a TypeError.
const assert = require('assert');
const net = require('net');
const tls = require('tls');
const { read } = require('../../fixtures/tls');

assert.throws(() => tls.createServer({ handshakeTimeout: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });

const server = tls.createServer({
  key: read('server-key.pem'), cert: read('server-cert.pem'), handshakeTimeout: 100,
}, () => assert.fail('secureConnection'));

let errors = 0;
server.on('tlsClientError', (err, socket) => {
  errors++;
  assert.strictEqual(err.code, 'ERR_TLS_HANDSHAKE_TIMEOUT');
  assert.strictEqual(err.message, 'TLS handshake timeout');
  assert(socket instanceof tls.TLSSocket);
  // (node leaves the socket open after a handshake timeout; eddy has
  // already destroyed it.)
  socket.destroy();
});

server.listen(0, '127.0.0.1', () => {
  const start = Date.now();
  const raw = net.connect(server.address().port, '127.0.0.1');
  raw.resume();
  raw.on('close', () => {
    assert(Date.now() - start >= 90);
    assert.strictEqual(errors, 1);
    server.close();
  });
});

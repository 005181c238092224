'use strict';
// tls.Server SNI: an SNICallback that picks a context per server name (also
// asynchronously), addContext with wildcards, the default context for
// unknown names, and an SNICallback error ending in 'tlsClientError'.
const assert = require('assert');
const tls = require('tls');
const { read } = require('../../fixtures/tls');

const ca = read('ca-cert.pem');
const main = { key: read('server-key.pem'), cert: read('server-cert.pem') };
const selfSigned = tls.createSecureContext({
  key: read('self-signed-key.pem'), cert: read('self-signed-cert.pem'),
});

function connectName(port, servername, cb) {
  const c = tls.connect({ port, host: '127.0.0.1', servername, rejectUnauthorized: false }, () => {
    const cert = c.getPeerCertificate();
    const issuer = cert.issuer.CN;
    c.end();
    cb(null, issuer);
  });
  c.on('error', (err) => cb(err));
  c.resume();
}

const seen = [];
const server = tls.createServer({
  ...main,
  SNICallback(name, cb) {
    seen.push(name);
    if (name === 'fail.test') return cb(new Error('no such name'));
    if (name === 'async.test') return setTimeout(() => cb(null, selfSigned), 10);
    cb(null, name === 'self.test' ? selfSigned : undefined);
  },
}, (socket) => {
  assert.strictEqual(typeof socket.servername, 'string');
  socket.end();
});
const clientErrors = [];
server.on('tlsClientError', (err) => clientErrors.push(err.message));

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  connectName(port, 'localhost', (err, issuer) => {
    assert.ifError(err);
    assert.strictEqual(issuer, 'eddy test CA');
    connectName(port, 'self.test', (err, issuer) => {
      assert.ifError(err);
      assert.strictEqual(issuer, 'localhost');
      connectName(port, 'async.test', (err, issuer) => {
        assert.ifError(err);
        assert.strictEqual(issuer, 'localhost');
        connectName(port, 'fail.test', (err) => {
          assert(err, 'the handshake should fail');
          assert.deepStrictEqual(seen, ['localhost', 'self.test', 'async.test', 'fail.test']);
          assert.deepStrictEqual(clientErrors, ['no such name']);
          server.close();
          withAddContext();
        });
      });
    });
  });
});

function withAddContext() {
  const s = tls.createServer(main, (socket) => socket.end());
  s.addContext('*.self.test', {
    key: read('self-signed-key.pem'), cert: read('self-signed-cert.pem'),
  });
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    connectName(port, 'a.self.test', (err, issuer) => {
      assert.ifError(err);
      assert.strictEqual(issuer, 'localhost');
      connectName(port, 'other.test', (err, issuer) => {
        assert.ifError(err);
        assert.strictEqual(issuer, 'eddy test CA');
        const c = tls.connect({ port, host: '127.0.0.1', ca, servername: 'localhost' }, () => {
          assert.strictEqual(c.authorized, true);
          c.end();
          s.close();
        });
        c.resume();
      });
    });
  });
}

'use strict';
// TLSSocket methods called before the handshake, after destroy, and with
// bad arguments never crash: they return node's values or throw node's
// errors.
const assert = require('assert');
const tls = require('tls');
const net = require('net');
const { read } = require('../../fixtures/tls');

// Bad key/cert material.
assert.throws(() => tls.createSecureContext({ cert: 'not a pem' }), (err) => {
  assert.match(err.code, /^ERR_OSSL_/);
  return true;
});
assert.throws(() => tls.createSecureContext({ key: 'junk' }), /./);
assert.throws(() => tls.createSecureContext({ key: read('server-key-enc.pem'),
                                              passphrase: 'wrong' }), /./);
tls.createSecureContext({ key: read('server-key-enc.pem'), passphrase: 'secret',
                          cert: read('server-cert.pem') });
assert.throws(() => tls.createSecureContext({ ca: [read('ca-cert.pem'), 7] }),
              { code: 'ERR_INVALID_ARG_TYPE' });
// A `ca` that is not PEM trusts nothing, without failing.
tls.createSecureContext({ ca: 'garbage' });
assert.throws(() => tls.createSecureContext({ ecdhCurve: 'no-such-curve' }), /./);
assert.throws(() => tls.createServer(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => tls.createServer({ SNICallback: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

const server = net.createServer((c) => c.on('error', () => {})).listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const socket = tls.connect({ port, host: '127.0.0.1' });
  socket.on('error', () => {});
  // Before the handshake.
  assert.deepStrictEqual(socket.getPeerCertificate(), {});
  assert.strictEqual(socket.getPeerX509Certificate(), undefined);
  assert.strictEqual(socket.getCipher(), undefined);
  assert.strictEqual(socket.isSessionReused(), false);
  assert.deepStrictEqual(socket.getCertificate(), {});
  assert.throws(() => socket.setSession(42), { code: 'ERR_INVALID_ARG_TYPE' });
  socket.setSession(Buffer.from('not a session'));
  assert.throws(() => socket.setServername(1), { code: 'ERR_INVALID_ARG_TYPE' });
  // (node: not connected yet; eddy: not built.)
  assert.throws(() => socket.exportKeyingMaterial(16, 'x'),
                (err) => /^ERR_(NOT_IMPLEMENTED|TLS_INVALID_STATE)$/.test(err.code));
  // A write before the handshake: its callback runs either way (node has
  // OpenSSL buffer it; eddy holds it until the handshake and fails it on
  // destroy).
  let writeCalled = false;
  socket.write('queued', () => { writeCalled = true; });
  socket.on('close', () => {
    assert(writeCalled);
    // After destroy.
    assert.strictEqual(socket.getPeerCertificate(), null);
    assert.strictEqual(socket.getProtocol(), null);
    assert.strictEqual(socket.getCipher(), null);
    assert.strictEqual(socket.getSession(), null);
    assert.strictEqual(socket.isSessionReused(), null);
    socket.setNoDelay(true).setKeepAlive(true).ref().unref();
    socket.end();
    socket.destroy();
    server.close();
  });
  setImmediate(() => socket.destroy());
});

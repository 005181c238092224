'use strict';
// tls.connect certificate checks against servers run by node: node's codes
// for self-signed, expired and unknown-issuer certificates, the host name
// check, rejectUnauthorized: false, and a custom checkServerIdentity.
const assert = require('assert');
const tls = require('tls');
const { read, startNodeServer } = require('../../fixtures/tls');

const ca = read('ca-cert.pem');
const steps = [];

function expectError(certName, options, code, message, next) {
  startNodeServer('echo', certName, (port, child) => {
    const socket = tls.connect({ port, host: '127.0.0.1', ...options }, () => {
      assert.fail(`secureConnect with ${certName}`);
    });
    socket.on('error', (err) => {
      assert.strictEqual(err.code, code, `${certName}: ${err.message}`);
      if (message) assert.strictEqual(err.message, message);
      steps.push(code);
    });
    socket.on('close', () => {
      child.stdin.end();
      next();
    });
  });
}

function expectInsecure(certName, code, next) {
  startNodeServer('echo', certName, (port, child) => {
    const socket = tls.connect({ port, host: '127.0.0.1', rejectUnauthorized: false }, () => {
      assert.strictEqual(socket.authorized, false);
      assert.strictEqual(socket.authorizationError, code);
      steps.push(`insecure ${code}`);
      socket.end();
    });
    socket.resume();
    socket.on('close', () => {
      child.stdin.end();
      next();
    });
  });
}

function customCheck(next) {
  startNodeServer('echo', 'server', (port, child) => {
    let called = 0;
    const socket = tls.connect({
      port, host: '127.0.0.1', ca, servername: 'localhost',
      checkServerIdentity(host, cert) {
        called++;
        assert.strictEqual(host, 'localhost');
        assert.strictEqual(cert.subject.CN, 'localhost');
        const err = new Error('nope');
        err.code = 'MY_CHECK';
        return err;
      },
    });
    socket.on('error', (err) => {
      assert.strictEqual(err.code, 'MY_CHECK');
      assert.strictEqual(called, 1);
      steps.push('custom');
    });
    socket.on('close', () => {
      child.stdin.end();
      next();
    });
  });
}

expectError('self-signed', {}, 'DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate', () =>
  expectError('expired', { ca }, 'CERT_HAS_EXPIRED', 'certificate has expired', () =>
    // Only the system store: the CA the server sends is unknown.
    expectError('server', {}, 'SELF_SIGNED_CERT_IN_CHAIN',
                'self-signed certificate in certificate chain', () =>
      expectError('server', { ca, servername: 'example.com' }, 'ERR_TLS_CERT_ALTNAME_INVALID',
                  "Hostname/IP does not match certificate's altnames: Host: example.com. " +
                  "is not in the cert's altnames: DNS:localhost, IP Address:127.0.0.1", () =>
        expectInsecure('self-signed', 'DEPTH_ZERO_SELF_SIGNED_CERT', () =>
          customCheck(() => {
            assert.deepStrictEqual(steps, [
              'DEPTH_ZERO_SELF_SIGNED_CERT', 'CERT_HAS_EXPIRED',
              'SELF_SIGNED_CERT_IN_CHAIN', 'ERR_TLS_CERT_ALTNAME_INVALID',
              'insecure DEPTH_ZERO_SELF_SIGNED_CERT', 'custom',
            ]);
          }))))));

'use strict';
// node:tls, node:https, node:_tls_common and node:_tls_wrap load, with
// node's export names, constants, getCiphers, rootCertificates and
// convertALPNProtocols.
const assert = require('assert');

const tls = require('tls');
assert.strictEqual(require('node:tls'), tls);
const https = require('https');
assert.strictEqual(require('node:https'), https);

for (const name of ['CLIENT_RENEG_LIMIT', 'CLIENT_RENEG_WINDOW', 'DEFAULT_CIPHERS',
  'DEFAULT_ECDH_CURVE', 'DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION', 'getCiphers',
  'rootCertificates', 'convertALPNProtocols', 'checkServerIdentity', 'createSecureContext',
  'SecureContext', 'TLSSocket', 'Server', 'createServer', 'connect', 'createSecurePair']) {
  assert(name in tls, `tls.${name}`);
}
for (const name of ['Agent', 'globalAgent', 'Server', 'createServer', 'get', 'request']) {
  assert(name in https, `https.${name}`);
}
assert.deepStrictEqual(Object.keys(require('_tls_common')).sort(),
                       ['SecureContext', 'createSecureContext', 'translatePeerCertificate']);
assert.deepStrictEqual(Object.keys(require('node:_tls_wrap')).sort(),
                       ['Server', 'TLSSocket', 'connect', 'createServer']);

assert.strictEqual(tls.CLIENT_RENEG_LIMIT, 3);
assert.strictEqual(tls.CLIENT_RENEG_WINDOW, 600);
assert.strictEqual(tls.DEFAULT_ECDH_CURVE, 'auto');
assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
assert.strictEqual(tls.DEFAULT_MAX_VERSION, 'TLSv1.3');
assert.match(tls.DEFAULT_CIPHERS, /^TLS_AES_256_GCM_SHA384:/);
assert(tls.DEFAULT_CIPHERS.endsWith(':!CAMELLIA'));

// getCiphers: lower-case, sorted, no duplicates, a fresh array each time.
const ciphers = tls.getCiphers();
assert(Array.isArray(ciphers) && ciphers.length > 20);
assert.deepStrictEqual(ciphers, [...ciphers].sort());
assert.strictEqual(new Set(ciphers).size, ciphers.length);
for (const c of ciphers) assert.strictEqual(c, c.toLowerCase());
for (const c of ['aes128-gcm-sha256', 'ecdhe-rsa-aes128-gcm-sha256', 'tls_aes_128_gcm_sha256',
  'tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256']) {
  assert(ciphers.includes(c), c);
}
ciphers.push('x');
assert(!tls.getCiphers().includes('x'));

// rootCertificates: a frozen array of PEM strings, the same array each time,
// on a non-configurable enumerable accessor.
const roots = tls.rootCertificates;
assert(Array.isArray(roots));
assert(Object.isFrozen(roots));
assert.strictEqual(tls.rootCertificates, roots);
for (const pem of roots) {
  assert.strictEqual(typeof pem, 'string');
  assert.match(pem, /^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----$/);
}
const desc = Object.getOwnPropertyDescriptor(tls, 'rootCertificates');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.configurable, false);
assert.strictEqual(desc.enumerable, true);

// convertALPNProtocols.
const out = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], out);
assert.deepStrictEqual(out.ALPNProtocols, Buffer.from('\x02h2\x08http/1.1', 'latin1'));
const src = Buffer.from('\x02h2', 'latin1');
tls.convertALPNProtocols(src, out);
assert.deepStrictEqual(out.ALPNProtocols, src);
assert.notStrictEqual(out.ALPNProtocols, src);
assert.throws(() => tls.convertALPNProtocols(['a'.repeat(256)], {}), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
});

// createSecureContext validates its options.
assert.throws(() => tls.createSecureContext({ minVersion: 'TLSv0' }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_VERSION',
  name: 'TypeError',
  message: '"TLSv0" is not a valid minimum TLS protocol version',
});
assert.throws(() => tls.createSecureContext({ maxVersion: 'x' }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_VERSION',
  message: '"x" is not a valid maximum TLS protocol version',
});
assert.throws(() => tls.createSecureContext({ ca: 42 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
});
assert.throws(() => tls.createSecureContext({ ciphers: 42 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => tls.createSecureContext({ ciphers: 'NOPE-NOTHING' }), {
  code: 'ERR_SSL_NO_CIPHER_MATCH',
});
const ctx = tls.createSecureContext();
assert(ctx instanceof tls.SecureContext);
assert.strictEqual(typeof ctx.context, 'object');

'use strict';
// Bad key material never crashes and gives node's errors: OpenSSL failures
// carry code (ERR_OSSL_*), library, reason and opensslErrorStack; argument
// errors carry node's ERR_* codes.
const assert = require('node:assert');
const crypto = require('node:crypto');

assert.throws(() => crypto.createPublicKey('garbage'), {
  name: 'Error', code: 'ERR_OSSL_UNSUPPORTED', library: 'DECODER routines', reason: 'unsupported',
  message: 'error:1E08010C:DECODER routines::unsupported',
});
assert.throws(() => crypto.createPrivateKey({ key: Buffer.from('3003020100', 'hex'), format: 'der', type: 'pkcs8' }),
              { code: 'ERR_OSSL_ASN1_FIELD_MISSING', library: 'asn1 encoding routines' });
const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const enc = privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc', passphrase: 'x' });
assert.throws(() => crypto.createPrivateKey({ key: enc, passphrase: 'y' }), (err) => {
  assert.strictEqual(err.code, 'ERR_OSSL_BAD_DECRYPT');
  assert(Array.isArray(err.opensslErrorStack));
  assert.deepStrictEqual(Object.keys(err), ['opensslErrorStack', 'library', 'reason', 'code']);
  return true;
});
assert.throws(() => crypto.createPrivateKey(enc), { code: 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED' });

// Random and truncated inputs in every format.
const der = privateKey.export({ format: 'der', type: 'pkcs8' });
for (let i = 0; i < 40; i++) {
  const junk = i % 2 ? crypto.randomBytes(i * 7) : der.subarray(0, i * 15);
  for (const type of ['pkcs8', 'pkcs1', 'sec1']) {
    assert.throws(() => crypto.createPrivateKey({ key: junk, format: 'der', type }), Error);
  }
  for (const type of ['spki', 'pkcs1']) {
    assert.throws(() => crypto.createPublicKey({ key: junk, format: 'der', type }), Error);
  }
  assert.throws(() => crypto.createPrivateKey(`-----BEGIN PRIVATE KEY-----\n${junk.toString('base64')}\n-----END PRIVATE KEY-----\n`), Error);
}

assert.throws(() => crypto.createPublicKey(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createPublicKey({ key: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key.key" property must be of type string or an instance of ArrayBuffer, Buffer, ' +
           'TypedArray, DataView, KeyObject, or CryptoKey. Received type number (5)',
});
assert.throws(() => crypto.createPrivateKey(publicKey), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createPublicKey(publicKey), {
  code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', message: 'Invalid key object type public, expected private.',
});
assert.throws(() => crypto.createPublicKey({ key: 'x', format: 'der' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.type' is invalid. Received undefined",
});
assert.throws(() => crypto.createPrivateKey({ key: 'x', format: 'der', type: 'spki' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.createPrivateKey({ key: 'x', passphrase: 5 }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.sign('sha256', Buffer.alloc(1), publicKey), { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });

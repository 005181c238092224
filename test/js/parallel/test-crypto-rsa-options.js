'use strict';
// RSA signatures: PSS padding with salt lengths, RSA-PSS keys with restricted
// parameters, and encryption: OAEP hashes and labels, no padding,
// privateEncrypt/publicDecrypt, node 20's refusal of PKCS#1 v1.5 decryption.
const assert = require('node:assert');
const crypto = require('node:crypto');

const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const data = Buffer.from('padding options');
const { RSA_PKCS1_PSS_PADDING, RSA_PKCS1_PADDING, RSA_NO_PADDING } = crypto.constants;

const pss = crypto.sign('sha256', data, { key: privateKey, padding: RSA_PKCS1_PSS_PADDING, saltLength: 20 });
assert(crypto.verify('sha256', data, { key: publicKey, padding: RSA_PKCS1_PSS_PADDING, saltLength: 20 }, pss));
assert(crypto.verify('sha256', data, { key: publicKey, padding: RSA_PKCS1_PSS_PADDING }, pss));
assert(!crypto.verify('sha256', data, { key: publicKey, padding: RSA_PKCS1_PSS_PADDING, saltLength: 21 }, pss));
assert(!crypto.verify('sha256', data, publicKey, pss));
assert.throws(() => crypto.sign('sha256', data, { key: privateKey, padding: 'x' }),
              { code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.padding' is invalid. Received 'x'" });

const r = crypto.generateKeyPairSync('rsa-pss', {
  modulusLength: 1024, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha1', saltLength: 16 });
assert.deepStrictEqual(r.privateKey.asymmetricKeyDetails, {
  modulusLength: 1024, publicExponent: 65537n, hashAlgorithm: 'sha256',
  mgf1HashAlgorithm: 'sha1', saltLength: 16 });
const sig = crypto.sign('sha256', data, r.privateKey);
assert(crypto.verify('sha256', data, r.publicKey, sig));
assert.throws(() => r.privateKey.export({ format: 'jwk' }), { code: 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE' });
assert.throws(() => r.privateKey.export({ format: 'pem', type: 'pkcs1' }),
              { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS' });

for (const oaepHash of [undefined, 'sha1', 'sha256', 'sha384']) {
  const ct = crypto.publicEncrypt({ key: publicKey, oaepHash, oaepLabel: Buffer.from('L') }, data);
  assert.strictEqual(ct.length, 128);
  assert.deepStrictEqual(crypto.privateDecrypt({ key: privateKey, oaepHash, oaepLabel: Buffer.from('L') }, ct), data);
  assert.throws(() => crypto.privateDecrypt({ key: privateKey, oaepHash }, ct),
                { code: 'ERR_OSSL_RSA_OAEP_DECODING_ERROR', library: 'rsa routines', reason: 'oaep decoding error' });
}
assert.throws(() => crypto.publicEncrypt({ key: publicKey, oaepHash: 'nope' }, data),
              { code: 'ERR_OSSL_EVP_INVALID_DIGEST', message: 'Invalid digest used' });
assert.throws(() => crypto.publicEncrypt({ key: publicKey, oaepHash: 5 }, data),
              { code: 'ERR_INVALID_ARG_TYPE' });

const block = Buffer.alloc(128, 1);
const raw = crypto.publicEncrypt({ key: publicKey, padding: RSA_NO_PADDING }, block);
assert.deepStrictEqual(crypto.privateDecrypt({ key: privateKey, padding: RSA_NO_PADDING }, raw), block);

const signed = crypto.privateEncrypt(privateKey, data);
assert.deepStrictEqual(crypto.publicDecrypt(publicKey, signed), data);
assert.deepStrictEqual(crypto.publicDecrypt(privateKey, signed), data);
assert.throws(() => crypto.privateEncrypt(publicKey, data), { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });
assert.throws(() => crypto.privateDecrypt({ key: privateKey, padding: RSA_PKCS1_PADDING }, signed),
              { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: /RSA_PKCS1_PADDING is no longer supported/ });
assert.throws(() => crypto.publicEncrypt(publicKey, Buffer.alloc(200)),
              { code: 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE' });

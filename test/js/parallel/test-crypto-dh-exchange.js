'use strict';
// createDiffieHellman with a prime or a prime length: fixed private keys
// give the expected public values (g^x mod p), exchanges agree, left-padded
// secrets, public key checks, unset key errors, construction errors.
const assert = require('node:assert');
const crypto = require('node:crypto');

const p = crypto.getDiffieHellman('modp2').getPrime();
const a = crypto.createDiffieHellman(p, 2);
assert.throws(() => a.getPublicKey(), { code: 'ERR_CRYPTO_INVALID_STATE',
                                        message: 'No public key - did you forget to generate one?' });
assert.throws(() => a.getPrivateKey(), { message: 'No private key - did you forget to generate one?' });
a.setPrivateKey(Buffer.from([10]));
// generateKeys keeps a private key that is already set: 2^10.
assert.strictEqual(a.generateKeys('hex'), '0400');
const b = crypto.DiffieHellman(p.toString('base64'), 'base64', '02', 'hex');
b.setPrivateKey('0c', 'hex');
assert.strictEqual(b.generateKeys().toString('hex'), '1000');
const secret = a.computeSecret(b.getPublicKey());
assert.strictEqual(secret.length, 128);
// (2^10)^12 = 2^120, left-padded to the prime's 128 bytes.
assert.strictEqual(secret.toString('hex'), '0'.repeat(225) + '1' + '0'.repeat(30));
assert.deepStrictEqual(b.computeSecret(a.getPublicKey()), secret);

assert.throws(() => a.computeSecret(Buffer.from([1])),
              { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Supplied key is too small' });
assert.throws(() => a.computeSecret(p), { code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Supplied key is too large' });
assert.strictEqual(a.setPublicKey(Buffer.from([7])), a);
assert.strictEqual(a.getPublicKey('hex'), '07');

const c = crypto.createDiffieHellman(512);
const d = crypto.createDiffieHellman(c.getPrime(), c.getGenerator());
c.generateKeys();
d.generateKeys();
assert.deepStrictEqual(c.computeSecret(d.getPublicKey()), d.computeSecret(c.getPublicKey()));
assert.strictEqual(typeof c.verifyError, 'number');

assert.throws(() => crypto.createDiffieHellman(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createDiffieHellman(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.createDiffieHellman(p, {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createDiffieHellman(p, 1), { code: 'ERR_OSSL_DH_BAD_GENERATOR' });
assert.throws(() => crypto.createDiffieHellman(p, Buffer.from([1])), { code: 'ERR_OSSL_DH_BAD_GENERATOR' });
assert.throws(() => crypto.createDiffieHellman(64), { code: 'ERR_OSSL_DH_MODULUS_TOO_SMALL' });
assert.strictEqual(crypto.createDiffieHellman(Buffer.from([23])).verifyError, 128);
assert.strictEqual(crypto.createDiffieHellman(Buffer.from([24])).verifyError, 129);

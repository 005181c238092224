'use strict';
// generateKeyPair(Sync) and generateKey(Sync) reject bad options with node's
// errors before generating anything; generateKey makes HMAC/AES keys.
const assert = require('node:assert');
const crypto = require('node:crypto');
const common = require('../../common');

const g = (type, options) => crypto.generateKeyPairSync(type, options);
assert.throws(() => g(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => g('foo'), { code: 'ERR_INVALID_ARG_VALUE',
                                message: "The argument 'type' must be a supported key type. Received 'foo'" });
assert.throws(() => g('rsa'), { code: 'ERR_INVALID_ARG_TYPE',
                                message: 'The "options" argument must be of type object. Received undefined' });
assert.throws(() => g('rsa', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => g('rsa', { modulusLength: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => g('rsa-pss', { modulusLength: 512, hashAlgorithm: 'foo' }),
              { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: foo' });
assert.throws(() => g('rsa-pss', { modulusLength: 512, mgf1HashAlgorithm: 'foo' }),
              { message: 'Invalid MGF1 digest: foo' });
assert.throws(() => g('rsa-pss', { modulusLength: 512, saltLength: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => g('ec', { namedCurve: 'foo' }), { code: 'ERR_CRYPTO_INVALID_CURVE' });
assert.throws(() => g('ec', { namedCurve: 'P-256', paramEncoding: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => g('dh', {}), { code: 'ERR_MISSING_OPTION',
                                   message: 'At least one of the group, prime, or primeLength options is required' });
assert.throws(() => g('dh', { group: 'foo' }), { code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP' });
assert.throws(() => g('dh', { group: 'modp1', prime: Buffer.alloc(3) }), { code: 'ERR_INCOMPATIBLE_OPTION_PAIR' });
assert.throws(() => g('rsa', { modulusLength: 512, publicKeyEncoding: 5 }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => g('rsa', { modulusLength: 512, publicKeyEncoding: { format: 'pem', type: 'pkcs8' } }),
              { message: "The property 'options.publicKeyEncoding.type' is invalid. Received 'pkcs8'" });
assert.throws(() => g('rsa', { modulusLength: 512,
                               privateKeyEncoding: { format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'x' } }),
              { code: 'ERR_CRYPTO_UNKNOWN_CIPHER' });
assert.throws(() => g('rsa', { modulusLength: 1 }), (e) => {
  assert.match(e.message, /key size too small/);
  assert.strictEqual(e.code, undefined);
  return true;
});
assert.throws(() => crypto.generateKeyPair('rsa', { modulusLength: 512 }), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(crypto.generateKeySync('hmac', { length: 123 }).symmetricKeySize, 15);
assert.strictEqual(crypto.generateKeySync('aes', { length: 192 }).symmetricKeySize, 24);
assert.throws(() => crypto.generateKeySync('hmac', { length: 7 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.generateKeySync('aes', { length: 100 }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.length' must be one of: 128, 192, 256. Received 100" });
assert.throws(() => crypto.generateKeySync('foo', { length: 100 }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.generateKeySync('hmac'), { code: 'ERR_INVALID_ARG_TYPE' });
crypto.generateKey('aes', { length: 256 }, common.mustCall((err, key) => {
  assert.strictEqual(err, null);
  assert.strictEqual(key.symmetricKeySize, 32);
}));

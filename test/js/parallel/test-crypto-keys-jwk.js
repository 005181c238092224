'use strict';
// JWK import and export: RSA, EC (all four curves), OKP and secret keys
// round trip; member order as node; public keys from private JWKs; invalid
// JWKs give node's errors.
const assert = require('node:assert');
const crypto = require('node:crypto');

const cases = [
  ['rsa', { modulusLength: 1024 }, ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'], ['kty', 'n', 'e']],
  ['ec', { namedCurve: 'P-256' }, ['kty', 'x', 'y', 'crv', 'd'], ['kty', 'x', 'y', 'crv']],
  ['ec', { namedCurve: 'P-384' }, ['kty', 'x', 'y', 'crv', 'd'], ['kty', 'x', 'y', 'crv']],
  ['ec', { namedCurve: 'P-521' }, ['kty', 'x', 'y', 'crv', 'd'], ['kty', 'x', 'y', 'crv']],
  ['ec', { namedCurve: 'secp256k1' }, ['kty', 'x', 'y', 'crv', 'd'], ['kty', 'x', 'y', 'crv']],
  ['ed25519', undefined, ['crv', 'd', 'x', 'kty'], ['crv', 'x', 'kty']],
  ['ed448', undefined, ['crv', 'd', 'x', 'kty'], ['crv', 'x', 'kty']],
  ['x25519', undefined, ['crv', 'd', 'x', 'kty'], ['crv', 'x', 'kty']],
  ['x448', undefined, ['crv', 'd', 'x', 'kty'], ['crv', 'x', 'kty']],
];
for (const [type, options, privKeys, pubKeys] of cases) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type, options);
  const jwk = privateKey.export({ format: 'jwk' });
  const pubJwk = publicKey.export({ format: 'jwk' });
  assert.deepStrictEqual(Object.keys(jwk), privKeys);
  assert.deepStrictEqual(Object.keys(pubJwk), pubKeys);
  if (type === 'ec') {
    assert.strictEqual(jwk.crv, { 'P-256': 'P-256', 'P-384': 'P-384', 'P-521': 'P-521', secp256k1: 'secp256k1' }[options.namedCurve]);
    const size = { 'P-256': 32, 'P-384': 48, 'P-521': 66, secp256k1: 32 }[options.namedCurve];
    assert.strictEqual(Buffer.from(jwk.x, 'base64url').length, size);
    assert.strictEqual(Buffer.from(jwk.d, 'base64url').length, size);
  }
  assert(crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(privateKey));
  assert(crypto.createPublicKey({ key: jwk, format: 'jwk' }).equals(publicKey));
  assert(crypto.createPublicKey({ key: pubJwk, format: 'jwk' }).equals(publicKey));
  assert.deepStrictEqual(crypto.createPublicKey({ key: jwk, format: 'jwk' }).export({ format: 'jwk' }), pubJwk);
}

// Fixed RSA key: n and e only, small exponent.
const rsaPub = crypto.createPublicKey({ key: { kty: 'RSA', n: 'xjlCRBqkOgk', e: 'AQAB' }, format: 'jwk' });
assert.strictEqual(rsaPub.asymmetricKeyDetails.publicExponent, 65537n);

assert.throws(() => crypto.createPublicKey({ key: { kty: 'oct', k: 'AA' }, format: 'jwk' }),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.createPublicKey({ key: 'str', format: 'jwk' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: 'AA', y: 'AA' }, format: 'jwk' }),
              { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_JWK', message: 'Invalid JWK EC key' });
assert.throws(() => crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-999', x: 'AA', y: 'AA' }, format: 'jwk' }),
              { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: 'AAAA' }, format: 'jwk' }),
              { code: 'ERR_CRYPTO_INVALID_JWK', message: 'Invalid JWK data' });
assert.throws(() => crypto.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: 'AAAA' }, format: 'jwk' }),
              { code: 'ERR_INVALID_ARG_TYPE' });
const dsa = crypto.generateKeyPairSync('dsa', { modulusLength: 1024 });
assert.throws(() => dsa.publicKey.export({ format: 'jwk' }),
              { code: 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', message: 'Unsupported JWK Key Type.' });
assert.throws(() => dsa.privateKey.export({ format: 'jwk', passphrase: 'x' }),
              { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS' });
const brainpool = crypto.generateKeyPairSync('ec', { namedCurve: 'brainpoolP256r1' });
assert.throws(() => brainpool.publicKey.export({ format: 'jwk' }),
              { code: 'ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', message: 'Unsupported JWK EC curve: brainpoolP256r1.' });

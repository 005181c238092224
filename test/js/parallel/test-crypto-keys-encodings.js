'use strict';
// Asymmetric keys through every encoding: PEM and DER as PKCS#8, SPKI,
// PKCS#1 and SEC1, encrypted PKCS#8 and PKCS#1 PEM, DER PKCS#8 with a
// passphrase; a public key from a private key, a certificate or PKCS#1.
const assert = require('node:assert');
const crypto = require('node:crypto');

const types = [
  ['rsa', { modulusLength: 1024 }, ['pkcs1', 'pkcs8'], ['spki', 'pkcs1']],
  ['ec', { namedCurve: 'P-384' }, ['sec1', 'pkcs8'], ['spki']],
  ['ed25519', undefined, ['pkcs8'], ['spki']],
  ['x448', undefined, ['pkcs8'], ['spki']],
  ['dsa', { modulusLength: 1024 }, ['pkcs8'], ['spki']],
  ['dh', { group: 'modp1' }, ['pkcs8'], ['spki']],
];

for (const [type, options, privTypes, pubTypes] of types) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type, options);
  assert.strictEqual(privateKey.asymmetricKeyType, type);
  assert.strictEqual(publicKey.asymmetricKeyType, type);
  assert(crypto.createPublicKey(privateKey).equals(publicKey));
  for (const t of privTypes) {
    const pem = privateKey.export({ format: 'pem', type: t });
    assert.match(pem, /^-----BEGIN [A-Z ]*PRIVATE KEY-----\n/);
    assert(crypto.createPrivateKey(pem).equals(privateKey), `${type} ${t} pem`);
    assert(crypto.createPublicKey(pem).equals(publicKey), `${type} ${t} pem -> public`);
    const der = privateKey.export({ format: 'der', type: t });
    assert(Buffer.isBuffer(der));
    assert(crypto.createPrivateKey({ key: der, format: 'der', type: t }).equals(privateKey));
    assert(crypto.createPublicKey({ key: der, format: 'der', type: t }).equals(publicKey));
    if (t !== 'sec1') {
      const enc = privateKey.export({ format: 'pem', type: t, cipher: 'aes-128-cbc', passphrase: 'pw' });
      assert.match(enc, t === 'pkcs8' ? /ENCRYPTED PRIVATE KEY/ : /Proc-Type: 4,ENCRYPTED/);
      assert(crypto.createPrivateKey({ key: enc, passphrase: 'pw' }).equals(privateKey));
      assert(crypto.createPrivateKey({ key: enc, passphrase: Buffer.from('pw') }).equals(privateKey));
      // A wrong passphrase usually breaks the CBC padding ('bad decrypt'); about
      // once in 256 keys the padding survives and the garbage fails to decode
      // instead (node sees the same).
      assert.throws(() => crypto.createPrivateKey({ key: enc, passphrase: 'no' }),
                    /bad decrypt|DECODER routines::unsupported|wrong tag/);
    }
  }
  for (const t of pubTypes) {
    const pem = publicKey.export({ format: 'pem', type: t });
    assert.match(pem, /^-----BEGIN [A-Z ]*PUBLIC KEY-----\n/);
    assert(crypto.createPublicKey(pem).equals(publicKey));
    const der = publicKey.export({ format: 'der', type: t });
    assert(crypto.createPublicKey({ key: der, format: 'der', type: t }).equals(publicKey));
    assert.deepStrictEqual(crypto.createPublicKey({ key: der.toString('base64'), format: 'der',
                                                    type: t, encoding: 'base64' })
      .export({ format: 'der', type: t }), der);
  }
}

// Encrypted PKCS#8 DER.
const { privateKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const encDer = privateKey.export({ format: 'der', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'x' });
assert(crypto.createPrivateKey({ key: encDer, format: 'der', type: 'pkcs8', passphrase: 'x' }).equals(privateKey));
// Default exports: a private key in PKCS#8 only when asked.
assert.throws(() => privateKey.export(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => privateKey.export({ format: 'pem' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => privateKey.export({ format: 'der', type: 'sec1', cipher: 'aes-128-cbc', passphrase: 'x' }),
              { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
                message: 'The selected key encoding sec1 does not support encryption.' });
assert.throws(() => privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'x' }),
              { code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher' });
assert.throws(() => privateKey.export({ format: 'pem', type: 'pkcs1' }),
              { message: 'The selected key encoding pkcs1 can only be used for RSA keys.' });

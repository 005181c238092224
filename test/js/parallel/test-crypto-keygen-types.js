'use strict';
// generateKeyPair(Sync) for every key type: KeyObjects by default, PEM/DER/
// JWK with encodings, key details, the async form on the thread pool and
// util.promisify.
const assert = require('node:assert');
const crypto = require('node:crypto');
const { promisify } = require('node:util');
const common = require('../../common');

const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 });
assert.deepStrictEqual(rsa.privateKey.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 3n });
assert.strictEqual(rsa.publicKey.type, 'public');
assert.strictEqual(rsa.privateKey.type, 'private');

const pem = crypto.generateKeyPairSync('ec', {
  namedCurve: 'secp384r1',
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'sec1', format: 'der' },
});
assert.match(pem.publicKey, /^-----BEGIN PUBLIC KEY-----/);
assert(Buffer.isBuffer(pem.privateKey));
const ecPriv = crypto.createPrivateKey({ key: pem.privateKey, format: 'der', type: 'sec1' });
assert.deepStrictEqual(ecPriv.asymmetricKeyDetails, { namedCurve: 'secp384r1' });
assert(crypto.createPublicKey(ecPriv).equals(crypto.createPublicKey(pem.publicKey)));

const jwk = crypto.generateKeyPairSync('ed25519', {
  publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } });
assert.strictEqual(jwk.publicKey.kty, 'OKP');
assert.strictEqual(typeof jwk.privateKey.d, 'string');

const enc = crypto.generateKeyPairSync('rsa', {
  modulusLength: 1024,
  privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-192-cbc', passphrase: 'pw' },
});
assert.match(enc.privateKey, /ENCRYPTED PRIVATE KEY/);
assert(crypto.createPublicKey({ key: enc.privateKey, passphrase: 'pw' }).equals(enc.publicKey));

const dsa = crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
assert.deepStrictEqual(dsa.publicKey.asymmetricKeyDetails, { modulusLength: 1024, divisorLength: 160 });
const explicit = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'explicit' });
assert.strictEqual(explicit.privateKey.asymmetricKeyType, 'ec');
for (const type of ['ed448', 'x25519', 'x448']) {
  const k = crypto.generateKeyPairSync(type);
  assert.strictEqual(k.privateKey.asymmetricKeyType, type);
  assert.deepStrictEqual(k.privateKey.asymmetricKeyDetails, {});
}
const dh1 = crypto.generateKeyPairSync('dh', { group: 'modp5' });
const dh2 = crypto.generateKeyPairSync('dh', { prime: crypto.getDiffieHellman('modp5').getPrime() });
assert.deepStrictEqual(crypto.diffieHellman({ privateKey: dh1.privateKey, publicKey: dh2.publicKey }),
                       crypto.diffieHellman({ privateKey: dh2.privateKey, publicKey: dh1.publicKey }));

let syncDone = false;
crypto.generateKeyPair('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha384' },
                       common.mustCall((err, publicKey, privateKey) => {
                         assert(syncDone);
                         assert.strictEqual(err, null);
                         assert.strictEqual(privateKey.asymmetricKeyDetails.saltLength, 48);
                         const sig = crypto.sign('sha384', Buffer.from('m'), privateKey);
                         assert(crypto.verify('sha384', Buffer.from('m'), publicKey, sig));
                       }));
crypto.generateKeyPair('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'spki', format: 'der' } },
                       common.mustCall((err, publicKey, privateKey) => {
                         assert.strictEqual(err, null);
                         assert(Buffer.isBuffer(publicKey));
                         assert.strictEqual(privateKey.type, 'private');
                       }));
crypto.generateKeyPair('rsa', { modulusLength: 1 }, common.mustCall((err) => {
  assert.match(err.message, /key size too small/);
}));
promisify(crypto.generateKeyPair)('x25519').then(common.mustCall(({ publicKey, privateKey }) => {
  assert.strictEqual(publicKey.asymmetricKeyType, 'x25519');
  assert.strictEqual(privateKey.type, 'private');
}));
syncDone = true;

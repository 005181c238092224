'use strict';
// RFC 8032 section 7.1 (Ed25519 tests 1-3) and 7.4 (Ed448 "blank"): keys
// imported from JWK, signatures equal the RFC's and verify; one flipped bit
// fails. Also through the async form and WebCrypto.
const assert = require('node:assert');
const crypto = require('node:crypto');
const common = require('../../common');

const vectors = [
  ['Ed25519', '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
   'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', '',
   'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'],
  ['Ed25519', '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
   '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c', '72',
   '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00'],
  ['Ed25519', 'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
   'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025', 'af82',
   '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a'],
  ['Ed448', '6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f044e39a3fc5b94492f8f032e7549a20098f95b',
   '5fd7449b59b461fd2ce787ec616ad46a1da1342485a70e1f8a0ea75d80e96778edf124769b46c7061bd6783df1e50f6cd1fa1abeafe8256180', '',
   '533a37f6bbe457251f023c0d88f976ae2dfb504a843e34d2074fd823d41a591f2b233f034f628281f2fd7a22ddd47d7828c59bd0a21bfd3980ff0d2028d4b18a9df63e006c5d1c2d345b925d8dc00b4104852db99ac5c7cdda8530a113a0f4dbb61149f05a7363268c71d95808ff2e652600'],
];

const b64u = (hex) => Buffer.from(hex, 'hex').toString('base64url');

for (const [crv, d, x, msgHex, sigHex] of vectors) {
  const priv = crypto.createPrivateKey({ key: { kty: 'OKP', crv, d: b64u(d), x: b64u(x) }, format: 'jwk' });
  const pub = crypto.createPublicKey({ key: { kty: 'OKP', crv, x: b64u(x) }, format: 'jwk' });
  assert.strictEqual(priv.asymmetricKeyType, crv.toLowerCase());
  assert(crypto.createPublicKey(priv).equals(pub));
  const msg = Buffer.from(msgHex, 'hex');
  const sig = crypto.sign(null, msg, priv);
  assert.strictEqual(sig.toString('hex'), sigHex);
  assert.strictEqual(crypto.verify(null, msg, pub, sig), true);
  assert.strictEqual(crypto.verify(undefined, msg, priv, sig), true);
  const bad = Buffer.from(sig);
  bad[3] ^= 1;
  assert.strictEqual(crypto.verify(null, msg, pub, bad), false);
  crypto.sign(null, msg, priv, common.mustCall((err, s) => {
    assert.strictEqual(err, null);
    assert.strictEqual(s.toString('hex'), sigHex);
  }));
  crypto.webcrypto.subtle.importKey('raw', Buffer.from(x, 'hex'), crv, false, ['verify'])
    .then((k) => crypto.webcrypto.subtle.verify(crv, k, Buffer.from(sigHex, 'hex'), msg))
    .then(common.mustCall((ok) => assert.strictEqual(ok, true)));
}

// Ed25519 keys cannot be used with a digest or with the streaming API.
const { privateKey } = crypto.generateKeyPairSync('ed25519');
assert.throws(() => crypto.sign('sha256', Buffer.from('x'), privateKey),
              { code: 'ERR_OSSL_INVALID_DIGEST' });
assert.throws(() => crypto.createSign('sha256').update('x').sign(privateKey),
              { code: 'ERR_CRYPTO_UNSUPPORTED_OPERATION', message: 'Unsupported crypto operation' });

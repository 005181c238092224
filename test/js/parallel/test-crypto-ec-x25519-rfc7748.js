'use strict';
// crypto.diffieHellman: RFC 7748 section 6.1 (X25519) known answer, X448
// and DH KeyObject exchanges, node's errors for mismatched or wrong keys.
const assert = require('node:assert');
const crypto = require('node:crypto');
const common = require('../../common');

const b64u = (h) => Buffer.from(h, 'hex').toString('base64url');
const vec = {
  aPriv: '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a',
  aPub: '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
  bPriv: '5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb',
  bPub: 'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
  k: '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742',
};
const aPriv = crypto.createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', x: b64u(vec.aPub), d: b64u(vec.aPriv) }, format: 'jwk' });
const bPriv = crypto.createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', x: b64u(vec.bPub), d: b64u(vec.bPriv) }, format: 'jwk' });
assert.strictEqual(crypto.createPublicKey(aPriv).export({ format: 'jwk' }).x, b64u(vec.aPub));
assert.strictEqual(crypto.createPublicKey(bPriv).export({ format: 'jwk' }).x, b64u(vec.bPub));
assert.strictEqual(crypto.diffieHellman({ privateKey: aPriv, publicKey: crypto.createPublicKey(bPriv) }).toString('hex'), vec.k);
assert.strictEqual(crypto.diffieHellman({ privateKey: bPriv, publicKey: aPriv }).toString('hex'), vec.k);
(async () => {
  const { subtle } = crypto.webcrypto;
  const a = await subtle.importKey('pkcs8', aPriv.export({ format: 'der', type: 'pkcs8' }), 'X25519', false, ['deriveBits']);
  const b = await subtle.importKey('raw', Buffer.from(vec.bPub, 'hex'), 'X25519', true, []);
  assert.strictEqual(Buffer.from(await subtle.deriveBits({ name: 'X25519', public: b }, a, 256)).toString('hex'), vec.k);
})().then(common.mustCall());

for (const [type, opts] of [['x448'], ['ec', { namedCurve: 'P-521' }], ['dh', { group: 'modp5' }]]) {
  const k1 = crypto.generateKeyPairSync(type, opts);
  const k2 = crypto.generateKeyPairSync(type, opts);
  assert.deepStrictEqual(crypto.diffieHellman({ privateKey: k1.privateKey, publicKey: k2.publicKey }),
                         crypto.diffieHellman({ privateKey: k2.privateKey, publicKey: k1.publicKey }));
}
const ed = crypto.generateKeyPairSync('ed25519');
assert.throws(() => crypto.diffieHellman({ privateKey: aPriv, publicKey: ed.publicKey }), {
  code: 'ERR_CRYPTO_INCOMPATIBLE_KEY', message: 'Incompatible key types for Diffie-Hellman: x25519 and ed25519' });
assert.throws(() => crypto.diffieHellman({ privateKey: ed.privateKey, publicKey: ed.publicKey }),
              { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY' });
assert.throws(() => crypto.diffieHellman({ privateKey: crypto.createPublicKey(aPriv), publicKey: aPriv }),
              { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });
assert.throws(() => crypto.diffieHellman({ privateKey: 'x', publicKey: aPriv }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.diffieHellman(), { code: 'ERR_INVALID_ARG_TYPE' });

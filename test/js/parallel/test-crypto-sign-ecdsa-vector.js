'use strict';
// ECDSA known answer: RFC 6979 A.2.5 (P-256, SHA-256, message "sample")
// verifies as IEEE P1363 and, converted, as DER; sign/verify round trips in
// both encodings for P-256/P-384/P-521/secp256k1.
const assert = require('node:assert');
const crypto = require('node:crypto');

const x = '60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6';
const y = '7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299';
const d = 'c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721';
const r = 'efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716';
const s = 'f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8';
const b64u = (hex) => Buffer.from(hex, 'hex').toString('base64url');

const pub = crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: b64u(x), y: b64u(y) }, format: 'jwk' });
const priv = crypto.createPrivateKey({
  key: { kty: 'EC', crv: 'P-256', x: b64u(x), y: b64u(y), d: b64u(d) }, format: 'jwk' });
assert(crypto.createPublicKey(priv).equals(pub));
assert.deepStrictEqual(pub.asymmetricKeyDetails, { namedCurve: 'prime256v1' });

const msg = Buffer.from('sample');
const p1363 = Buffer.from(r + s, 'hex');
assert.strictEqual(crypto.verify('sha256', msg, { key: pub, dsaEncoding: 'ieee-p1363' }, p1363), true);
assert.strictEqual(crypto.verify('sha256', Buffer.from('samplf'),
                                 { key: pub, dsaEncoding: 'ieee-p1363' }, p1363), false);
// DER: SEQUENCE { INTEGER r, INTEGER s }, each with a leading zero (high bit set).
const der = Buffer.from(`3046022100${r}022100${s}`, 'hex');
assert.strictEqual(crypto.verify('sha256', msg, pub, der), true);
assert.strictEqual(crypto.createVerify('SHA256').update('sam').update('ple').verify(pub, der), true);
// A P1363 signature of the wrong length never verifies.
assert.strictEqual(crypto.verify('sha256', msg, { key: pub, dsaEncoding: 'ieee-p1363' },
                                 p1363.subarray(1)), false);

for (const [curve, size] of [['P-256', 32], ['P-384', 48], ['P-521', 66], ['secp256k1', 32]]) {
  const k = crypto.generateKeyPairSync('ec', { namedCurve: curve });
  const sig = crypto.sign('sha384', msg, { key: k.privateKey, dsaEncoding: 'ieee-p1363' });
  assert.strictEqual(sig.length, 2 * size);
  assert(crypto.verify('sha384', msg, { key: k.publicKey, dsaEncoding: 'ieee-p1363' }, sig));
  const derSig = crypto.createSign('sha384').update(msg).sign(k.privateKey);
  assert.strictEqual(derSig[0], 0x30);
  assert(crypto.verify('sha384', msg, k.publicKey, derSig));
}
assert.throws(() => crypto.sign('sha256', msg, { key: priv, dsaEncoding: 'p1363' }),
              { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });

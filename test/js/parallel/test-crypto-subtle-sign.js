'use strict';
// SubtleCrypto sign/verify: HMAC (RFC 4231 case 2), ECDSA, RSASSA-PKCS1-v1_5,
// RSA-PSS and Ed25519 with generated keys; key usage and type checks.
const assert = require('node:assert');
const crypto = require('node:crypto');
const { subtle } = crypto.webcrypto;
const common = require('../../common');

(async () => {
  const hmac = await subtle.importKey('raw', Buffer.from('Jefe'), { name: 'HMAC', hash: 'SHA-256' }, true,
                                      ['sign', 'verify']);
  assert.deepStrictEqual(hmac.algorithm, { name: 'HMAC', hash: { name: 'SHA-256' }, length: 32 });
  const data = Buffer.from('what do ya want for nothing?');
  const mac = await subtle.sign('HMAC', hmac, data);
  assert(mac instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(mac).toString('hex'),
                     '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  assert.strictEqual(await subtle.verify('HMAC', hmac, mac, data), true);
  assert.strictEqual(await subtle.verify('HMAC', hmac, mac, Buffer.from('x')), false);
  assert.strictEqual((await subtle.exportKey('jwk', hmac)).alg, 'HS256');

  const msg = new TextEncoder().encode('webcrypto');
  const cases = [
    [{ name: 'ECDSA', namedCurve: 'P-384' }, { name: 'ECDSA', hash: 'SHA-384' }],
    [{ name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
     'RSASSA-PKCS1-v1_5'],
    [{ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([3]), hash: 'SHA-1' },
     { name: 'RSA-PSS', saltLength: 20 }],
    ['Ed25519', 'Ed25519'],
    ['Ed448', 'Ed448'],
  ];
  for (const [genAlg, signAlg] of cases) {
    const { publicKey, privateKey } = await subtle.generateKey(genAlg, false, ['sign', 'verify']);
    assert.strictEqual(publicKey.extractable, true);
    assert.strictEqual(privateKey.extractable, false);
    assert.deepStrictEqual(publicKey.usages, ['verify']);
    assert.deepStrictEqual(privateKey.usages, ['sign']);
    const sig = await subtle.sign(signAlg, privateKey, msg);
    assert.strictEqual(await subtle.verify(signAlg, publicKey, sig, msg), true);
    assert.strictEqual(await subtle.verify(signAlg, publicKey, sig, msg.subarray(1)), false);
    await assert.rejects(subtle.sign(signAlg, publicKey, msg), { name: 'InvalidAccessError',
                                                                 message: 'Unable to use this key to sign' });
    // The node KeyObject behind the CryptoKey verifies the same signature.
    if (genAlg === 'Ed25519') {
      assert(crypto.verify(null, msg, crypto.KeyObject.from(publicKey), Buffer.from(sig)));
    }
  }
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const p1363 = await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, ec.privateKey, msg);
  assert.strictEqual(p1363.byteLength, 64);
  assert(crypto.verify('sha256', msg, { key: crypto.KeyObject.from(ec.publicKey), dsaEncoding: 'ieee-p1363' },
                       Buffer.from(p1363)));
  await assert.rejects(subtle.sign('HMAC', ec.privateKey, msg), { name: 'InvalidAccessError' });
  await assert.rejects(subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['encrypt']),
                       { name: 'SyntaxError' });
  await assert.rejects(subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, []),
                       { name: 'SyntaxError', message: 'Usages cannot be empty when creating a key.' });
})().then(common.mustCall());

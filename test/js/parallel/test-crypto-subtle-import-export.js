'use strict';
// SubtleCrypto importKey/exportKey across raw, jwk, spki and pkcs8 for
// AES, HMAC, EC, RSA, Ed25519 and X25519; the results match node's
// KeyObject exports; CryptoKey's shape; WebIDL and DOMException errors.
const assert = require('node:assert');
const crypto = require('node:crypto');
const { subtle } = crypto.webcrypto;
const common = require('../../common');

(async () => {
  const kinds = [
    ['ec', { namedCurve: 'P-256' }, { name: 'ECDSA', namedCurve: 'P-256' }, ['verify'], ['sign']],
    ['ec', { namedCurve: 'P-521' }, { name: 'ECDH', namedCurve: 'P-521' }, [], ['deriveBits']],
    ['rsa', { modulusLength: 1024 }, { name: 'RSA-OAEP', hash: 'SHA-256' }, ['encrypt'], ['decrypt']],
    ['rsa', { modulusLength: 1024 }, { name: 'RSA-PSS', hash: 'SHA-512' }, ['verify'], ['sign']],
    ['ed25519', undefined, 'Ed25519', ['verify'], ['sign']],
    ['x25519', undefined, { name: 'X25519' }, [], ['deriveKey']],
  ];
  for (const [type, opts, alg, pubUsages, privUsages] of kinds) {
    const { publicKey, privateKey } = crypto.generateKeyPairSync(type, opts);
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    const pkcs8 = privateKey.export({ format: 'der', type: 'pkcs8' });
    const pub = await subtle.importKey('spki', spki, alg, true, pubUsages);
    const priv = await subtle.importKey('pkcs8', pkcs8, alg, true, privUsages);
    assert.strictEqual(pub.type, 'public');
    assert.strictEqual(priv.type, 'private');
    assert(pub instanceof CryptoKey);
    assert.deepStrictEqual(Buffer.from(await subtle.exportKey('spki', pub)), spki);
    assert.deepStrictEqual(Buffer.from(await subtle.exportKey('pkcs8', priv)), pkcs8);
    const jwk = await subtle.exportKey('jwk', priv);
    assert.deepStrictEqual(jwk.key_ops, privUsages);
    assert.strictEqual(jwk.ext, true);
    const again = await subtle.importKey('jwk', jwk, alg, false, privUsages);
    assert(crypto.KeyObject.from(again).equals(privateKey));
    if (type !== 'rsa') {
      const raw = await subtle.exportKey('raw', pub);
      const fromRaw = await subtle.importKey('raw', raw, alg, true, pubUsages);
      assert(crypto.KeyObject.from(fromRaw).equals(publicKey));
    }
    await assert.rejects(subtle.exportKey('raw', priv), { name: 'InvalidAccessError' });
    await assert.rejects(subtle.exportKey('spki', priv), { name: 'InvalidAccessError' });
  }
  const rsa = await subtle.importKey('spki', crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 })
    .publicKey.export({ format: 'der', type: 'spki' }), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' }, false, ['verify']);
  assert.deepStrictEqual(rsa.algorithm, { name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024,
                                          publicExponent: new Uint8Array([3]), hash: { name: 'SHA-384' } });
  await assert.rejects(subtle.exportKey('spki', rsa), { message: 'key is not extractable' });

  const aes = await subtle.importKey('jwk', { kty: 'oct', k: 'AAECAwQFBgcICQoLDA0ODw', alg: 'A128GCM' },
                                     'AES-GCM', true, ['encrypt']);
  assert.deepStrictEqual(aes.algorithm, { name: 'AES-GCM', length: 128 });
  assert.strictEqual(Object.prototype.toString.call(aes), '[object CryptoKey]');
  assert.deepStrictEqual(Object.keys(CryptoKey.prototype), ['type', 'extractable', 'algorithm', 'usages']);
  assert.throws(() => new CryptoKey(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  await assert.rejects(subtle.importKey('jwk', { kty: 'oct', k: 'AAECAwQFBgcICQoLDA0ODw', alg: 'A256GCM' },
                                        'AES-GCM', true, ['encrypt']),
                       { name: 'DataError', message: 'JWK "alg" does not match the requested algorithm' });
  await assert.rejects(subtle.importKey('raw', Buffer.alloc(5), 'AES-CBC', true, ['encrypt']),
                       { name: 'DataError', message: 'Invalid key length' });
  await assert.rejects(subtle.importKey('raw', Buffer.alloc(16), 'AES-CBC', true, ['sign']),
                       { name: 'SyntaxError', message: 'Unsupported key usage for an AES key' });
  await assert.rejects(subtle.importKey('raw', Buffer.alloc(16), 'AES-CBC', true, []),
                       { name: 'SyntaxError', message: 'Usages cannot be empty when importing a secret key.' });
  await assert.rejects(subtle.importKey('spki', Buffer.alloc(16), { name: 'ECDSA', namedCurve: 'P-256' }, true,
                                        ['verify']), { name: 'DataError', message: 'Invalid keyData' });
  await assert.rejects(subtle.importKey('raw', Buffer.alloc(16), 'FOO', true, ['verify']),
                       { name: 'NotSupportedError', message: 'Unrecognized algorithm name' });
  await assert.rejects(subtle.importKey('raw', Buffer.alloc(16), { name: 'HMAC' }, true, ['sign']),
                       { name: 'TypeError', code: 'ERR_MISSING_OPTION' });
  await assert.rejects(subtle.exportKey('foo', aes), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
  await assert.rejects(subtle.exportKey('raw', {}), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(subtle.generateKey({ name: 'RSA-PSS', modulusLength: -1, publicExponent: new Uint8Array([1, 0, 1]),
                                            hash: 'SHA-256' }, true, ['sign']),
                       { code: 'ERR_OUT_OF_RANGE' });
  await assert.rejects(subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['foo']),
                       { code: 'ERR_INVALID_ARG_VALUE' });
})().then(common.mustCall());

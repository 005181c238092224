'use strict';
// Error classes/codes of crypto calls with bad input, as node reports them.
const assert = require('assert');
const crypto = require('crypto');
const { subtle } = crypto.webcrypto;

// DH group names must be strings.
for (const v of [1, {}, undefined, null, true, [], Symbol('x')]) {
  const expected = {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'Group name must be a string',
  };
  assert.throws(() => crypto.getDiffieHellman(v), expected);
  assert.throws(() => crypto.createDiffieHellmanGroup(v), expected);
}
assert.throws(() => crypto.getDiffieHellman('nope'), { code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP' });

// Empty PEM input: the decoder's error.
const decoder = {
  name: 'Error',
  code: 'ERR_OSSL_UNSUPPORTED',
  message: 'error:1E08010C:DECODER routines::unsupported',
  library: 'DECODER routines',
  reason: 'unsupported',
};
for (const key of ['', Buffer.alloc(0), { key: '' }, { key: '', format: 'pem' }]) {
  assert.throws(() => crypto.createPublicKey(key), decoder);
  assert.throws(() => crypto.createPrivateKey(key), decoder);
}
assert.throws(() => crypto.publicEncrypt('', Buffer.from('x')), decoder);
assert.throws(() => crypto.verify('sha256', Buffer.from('x'), '', Buffer.alloc(1)), decoder);

(async () => {
  const raw = new Uint8Array(16);
  const hmac = await subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false,
                                      ['sign']);
  // Algorithms that are not objects are names (strings): unknown ones are
  // NotSupportedError, Symbols cannot be converted.
  const notSupported = { name: 'NotSupportedError', message: 'Unrecognized algorithm name' };
  for (const v of [5, true, null, undefined, 5n]) {
    await assert.rejects(subtle.importKey('raw', raw, v, false, ['sign']), notSupported);
    await assert.rejects(subtle.generateKey(v, false, ['sign']), notSupported);
    await assert.rejects(subtle.sign(v, hmac, raw), notSupported);
    await assert.rejects(subtle.encrypt(v, hmac, raw), notSupported);
    await assert.rejects(subtle.digest(v, raw), notSupported);
  }
  const symbol = (method, nth) => ({
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `Failed to execute '${method}' on 'SubtleCrypto': ${nth} argument is a Symbol ` +
      'and cannot be converted to a string.',
  });
  const s = Symbol('s');
  await assert.rejects(subtle.importKey('raw', raw, s, false, ['sign']), symbol('importKey', '3rd'));
  await assert.rejects(subtle.generateKey(s, false, ['sign']), symbol('generateKey', '1st'));
  await assert.rejects(subtle.sign(s, hmac, raw), symbol('sign', '1st'));
  await assert.rejects(subtle.digest(s, raw), symbol('digest', '1st'));

  // Key usage wording on import: "an RSA-PSS key" but "a ECDSA key".
  const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  await assert.rejects(
    subtle.importKey('spki', ec.publicKey.export({ type: 'spki', format: 'der' }),
                     { name: 'ECDSA', namedCurve: 'P-256' }, false, ['wrapKey']),
    { name: 'SyntaxError', message: 'Unsupported key usage for a ECDSA key' });
  await assert.rejects(
    subtle.importKey('raw', new Uint8Array(32), 'Ed25519', false, ['sign']),
    { name: 'SyntaxError', message: 'Unsupported key usage for a Ed25519 key' });
  const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  await assert.rejects(
    subtle.importKey('spki', rsa.publicKey.export({ type: 'spki', format: 'der' }),
                     { name: 'RSA-PSS', hash: 'SHA-256' }, false, ['wrapKey']),
    { name: 'SyntaxError', message: 'Unsupported key usage for an RSA-PSS key' });
})().then(() => { process.exitCode = 0; });

'use strict';
// SubtleCrypto deriveBits/deriveKey: PBKDF2 (RFC 6070 case 2), HKDF
// (RFC 5869 case 1), ECDH agreement, deriveKey into AES and HMAC keys,
// and the length/usage errors.
const assert = require('node:assert');
const { subtle } = require('node:crypto').webcrypto;
const common = require('../../common');

const hex = (s) => Buffer.from(s, 'hex');
(async () => {
  const pw = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  assert.deepStrictEqual(pw.algorithm, { name: 'PBKDF2' });
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt: Buffer.from('salt'), iterations: 2 }, pw, 160);
  assert.strictEqual(Buffer.from(bits).toString('hex'), 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
  await assert.rejects(subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt: Buffer.alloc(1), iterations: 0 }, pw, 8),
                       { name: 'OperationError', message: 'iterations cannot be zero' });
  await assert.rejects(subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt: Buffer.alloc(1), iterations: 1 }, pw, 7),
                       { name: 'OperationError', message: 'length must be a multiple of 8' });
  await assert.rejects(subtle.importKey('raw', Buffer.from('pw'), 'PBKDF2', true, ['deriveBits']),
                       { name: 'SyntaxError', message: 'PBKDF2 keys are not extractable' });

  const ikm = await subtle.importKey('raw', hex('0b'.repeat(22)), 'HKDF', false, ['deriveBits']);
  const okm = await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: hex('000102030405060708090a0b0c'),
                                        info: hex('f0f1f2f3f4f5f6f7f8f9') }, ikm, 42 * 8);
  assert.strictEqual(Buffer.from(okm).toString('hex'),
                     '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865');
  await assert.rejects(subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: hex(''), info: hex('') }, ikm,
                                        { name: 'AES-GCM', length: 128 }, true, ['encrypt']),
                       { name: 'InvalidAccessError', message: 'baseKey does not have deriveKey usage' });

  const aes = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from('salt'), iterations: 1000 },
                                     pw, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  assert.deepStrictEqual(aes.algorithm, { name: 'AES-GCM', length: 128 });
  assert.strictEqual((await subtle.exportKey('raw', aes)).byteLength, 16);
  const mac = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from('salt'), iterations: 1 },
                                     pw, { name: 'HMAC', hash: 'SHA-512' }, false, ['sign']);
  assert.strictEqual(mac.algorithm.length, 1024);

  const a = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits', 'deriveKey']);
  const b = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-384' }, true, ['deriveBits']);
  assert.deepStrictEqual(a.publicKey.usages, []);
  const s1 = await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 384);
  const s2 = await subtle.deriveBits({ name: 'ECDH', public: a.publicKey }, b.privateKey, null);
  assert.deepStrictEqual(Buffer.from(s1), Buffer.from(s2));
  assert.strictEqual((await subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 128)).byteLength, 16);
  await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: b.publicKey }, a.privateKey, 512),
                       { name: 'OperationError', message: 'derived bit length is too small' });
  await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: b.privateKey }, a.privateKey, 8),
                       { name: 'InvalidAccessError', message: 'algorithm.public must be a public key' });
  const c = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  await assert.rejects(subtle.deriveBits({ name: 'ECDH', public: c.publicKey }, a.privateKey, 8),
                       { name: 'InvalidAccessError', message: 'Named curve mismatch' });
})().then(common.mustCall());

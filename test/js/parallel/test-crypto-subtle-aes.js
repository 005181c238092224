'use strict';
// SubtleCrypto AES: NIST SP 800-38A vectors for CBC (F.2.1) and CTR (F.5.1),
// GCM round trips with additional data and tag lengths, tampering detected,
// CTR counter wrap-around, AES-KW (RFC 3394 4.1) wrapKey/unwrapKey.
const assert = require('node:assert');
const { subtle } = require('node:crypto').webcrypto;
const common = require('../../common');

const hex = (s) => Buffer.from(s, 'hex');
const key = hex('2b7e151628aed2a6abf7158809cf4f3c');
const plain = hex('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51');

(async () => {
  const cbc = await subtle.importKey('raw', key, 'AES-CBC', true, ['encrypt', 'decrypt']);
  const iv = hex('000102030405060708090a0b0c0d0e0f');
  const ct = Buffer.from(await subtle.encrypt({ name: 'AES-CBC', iv }, cbc, plain));
  // Two SP 800-38A blocks, then the PKCS#7 padding block.
  assert.strictEqual(ct.subarray(0, 32).toString('hex'),
                     '7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2');
  assert.strictEqual(ct.length, 48);
  assert.deepStrictEqual(Buffer.from(await subtle.decrypt({ name: 'AES-CBC', iv }, cbc, ct)), plain);
  await assert.rejects(subtle.decrypt({ name: 'AES-CBC', iv }, cbc, ct.subarray(0, 40)),
                       { name: 'OperationError' });
  await assert.rejects(subtle.encrypt({ name: 'AES-CBC', iv: iv.subarray(1) }, cbc, plain),
                       { name: 'OperationError', message: 'algorithm.iv must contain exactly 16 bytes' });

  const ctr = await subtle.importKey('raw', key, { name: 'AES-CTR' }, false, ['encrypt', 'decrypt']);
  const counter = hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
  const ctrOut = await subtle.encrypt({ name: 'AES-CTR', counter, length: 64 }, ctr, plain);
  assert.strictEqual(Buffer.from(ctrOut).toString('hex'),
                     '874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff');
  // With a 4-bit counter starting at 15 the second block reuses counter 0 of
  // the same prefix instead of carrying into the nonce.
  const wrapped = Buffer.from(await subtle.encrypt({ name: 'AES-CTR', counter, length: 4 }, ctr, plain));
  const zeroCounter = hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfef0');
  const second = Buffer.from(await subtle.encrypt({ name: 'AES-CTR', counter: zeroCounter, length: 4 }, ctr,
                                                  plain.subarray(16)));
  assert.deepStrictEqual(wrapped.subarray(16), second);
  assert.deepStrictEqual(wrapped.subarray(0, 16), Buffer.from(ctrOut).subarray(0, 16));

  const gcmKey = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  assert.deepStrictEqual(gcmKey.algorithm, { name: 'AES-GCM', length: 256 });
  for (const tagLength of [32, 96, 128]) {
    const params = { name: 'AES-GCM', iv: hex('cafebabefacedbaddecaf888'), additionalData: hex('feedface'), tagLength };
    const sealed = Buffer.from(await subtle.encrypt(params, gcmKey, plain));
    assert.strictEqual(sealed.length, plain.length + tagLength / 8);
    assert.deepStrictEqual(Buffer.from(await subtle.decrypt(params, gcmKey, sealed)), plain);
    sealed[0] ^= 1;
    await assert.rejects(subtle.decrypt(params, gcmKey, sealed), { name: 'OperationError' });
  }
  await assert.rejects(subtle.encrypt({ name: 'AES-GCM', iv: hex('00'), tagLength: 33 }, gcmKey, plain),
                       { name: 'OperationError', message: '33 is not a valid AES-GCM tag length' });
  await assert.rejects(subtle.encrypt({ name: 'AES-CBC', iv }, gcmKey, plain),
                       { name: 'InvalidAccessError' });

  const kek = await subtle.importKey('raw', hex('000102030405060708090A0B0C0D0E0F'), 'AES-KW', false,
                                     ['wrapKey', 'unwrapKey']);
  const data = await subtle.importKey('raw', hex('00112233445566778899AABBCCDDEEFF'), 'AES-CBC',
                                      true, ['encrypt']);
  const w = await subtle.wrapKey('raw', data, kek, 'AES-KW');
  assert.strictEqual(Buffer.from(w).toString('hex'), '1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5');
  const back = await subtle.unwrapKey('raw', w, kek, 'AES-KW', 'AES-CBC', true, ['decrypt']);
  assert.strictEqual(Buffer.from(await subtle.exportKey('raw', back)).toString('hex'), '00112233445566778899aabbccddeeff');
  assert.deepStrictEqual(await subtle.exportKey('jwk', back), {
    key_ops: ['decrypt'], ext: true, kty: 'oct', k: 'ABEiM0RVZneImaq7zN3u_w', alg: 'A128CBC' });
  await assert.rejects(subtle.encrypt('AES-KW', kek, plain), { name: 'NotSupportedError' });
})().then(common.mustCall());

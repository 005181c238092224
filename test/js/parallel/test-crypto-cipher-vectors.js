'use strict';
// Known answers: NIST SP 800-38A (AES-128 ECB/CBC/CFB/OFB/CTR), the GCM
// specification's test cases 2-4 and 16 (McGrew-Viega, as used by NIST
// CAVS), RFC 3610 (CCM packet vector 1), RFC 7253 (OCB), RFC 8439 (ChaCha20
// section 2.4.2, ChaCha20-Poly1305 section 2.8.2). Each is encrypted and
// decrypted back.
const assert = require('node:assert');
const crypto = require('node:crypto');

const hex = (s) => Buffer.from(s.replace(/\s+/g, ''), 'hex');

function roundTrip(alg, key, iv, plain, expected, options = {}) {
  const { aad, tag, authTagLength, padding = true } = options;
  const c = crypto.createCipheriv(alg, key, iv, authTagLength ? { authTagLength } : undefined);
  c.setAutoPadding(padding);
  if (aad) c.setAAD(aad, { plaintextLength: plain.length });
  const ct = Buffer.concat([c.update(plain), c.final()]);
  assert.strictEqual(ct.toString('hex'), expected.toString('hex'), `${alg} encrypt`);
  if (tag) assert.strictEqual(c.getAuthTag().toString('hex'), tag.toString('hex'), `${alg} tag`);

  const d = crypto.createDecipheriv(alg, key, iv, authTagLength ? { authTagLength } : undefined);
  d.setAutoPadding(padding);
  if (tag) d.setAuthTag(tag);
  if (aad) d.setAAD(aad, { plaintextLength: plain.length });
  const pt = Buffer.concat([d.update(ct), d.final()]);
  assert.strictEqual(pt.toString('hex'), plain.toString('hex'), `${alg} decrypt`);
}

// NIST SP 800-38A, F.1-F.5 (AES-128).
const key128 = hex('2b7e151628aed2a6abf7158809cf4f3c');
const plain4 = hex(`6bc1bee22e409f96e93d7e117393172a ae2d8a571e03ac9c9eb76fac45af8e51
                    30c81c46a35ce411e5fbc1191a0a52ef f69f2445df4f9b17ad2b417be66c3710`);
const iv0f = hex('000102030405060708090a0b0c0d0e0f');
roundTrip('aes-128-ecb', key128, null, plain4, hex(`
  3ad77bb40d7a3660a89ecaf32466ef97 f5d3d58503b9699de785895a96fdbaaf
  43b1cd7f598ece23881b00e3ed030688 7b0c785e27e8ad3f8223207104725dd4`), { padding: false });
roundTrip('aes-128-cbc', key128, iv0f, plain4, hex(`
  7649abac8119b246cee98e9b12e9197d 5086cb9b507219ee95db113a917678b2
  73bed6b8e3c1743b7116e69e22229516 3ff1caa1681fac09120eca307586e1a7`), { padding: false });
roundTrip('aes-128-cfb', key128, iv0f, plain4, hex(`
  3b3fd92eb72dad20333449f8e83cfb4a c8a64537a0b3a93fcde3cdad9f1ce58b
  26751f67a3cbb140b1808cf187a4f4df c04b05357c5d1c0eeac4c66f9ff7f2e6`));
roundTrip('aes-128-ofb', key128, iv0f, plain4, hex(`
  3b3fd92eb72dad20333449f8e83cfb4a 7789508d16918f03f53c52dac54ed825
  9740051e9c5fecf64344f7a82260edcc 304c6528f659c77866a510d9c1d6ae5e`));
roundTrip('aes-128-ctr', key128, hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'), plain4, hex(`
  874d6191b620e3261bef6864990db6ce 9806f66b7970fdff8617187bb9fffdff
  5ae4df3edbd5d35e5b4f09020db03eab 1e031dda2fbe03d1792170a0f3009cee`));

// GCM test cases 2, 3, 4 (AES-128) and 16 (AES-256).
roundTrip('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12), Buffer.alloc(16),
          hex('0388dace60b6a392f328c2b971b2fe78'),
          { tag: hex('ab6e47d42cec13bdf53a67b21257bddf') });
const gk = hex('feffe9928665731c6d6a8f9467308308');
const giv = hex('cafebabefacedbaddecaf888');
const gp = hex(`d9313225f88406e5a55909c5aff5269a 86a7a9531534f7da2e4c303d8a318a72
                1c3c0c95956809532fcf0e2449a6b525 b16aedf5aa0de657ba637b391aafd255`);
roundTrip('aes-128-gcm', gk, giv, gp, hex(`
  42831ec2217774244b7221b784d0d49c e3aa212f2c02a4e035c17e2329aca12e
  21d514b25466931c7d8f6a5aac84aa05 1ba30b396a0aac973d58e091473f5985`),
          { tag: hex('4d5c2af327cd64a62cf35abd2ba6fab4') });
const gaad = hex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
roundTrip('aes-128-gcm', gk, giv, gp.subarray(0, 60), hex(`
  42831ec2217774244b7221b784d0d49c e3aa212f2c02a4e035c17e2329aca12e
  21d514b25466931c7d8f6a5aac84aa05 1ba30b396a0aac973d58e091`),
          { aad: gaad, tag: hex('5bc94fbc3221a5db94fae95ae7121a47') });
roundTrip('aes-256-gcm', Buffer.concat([gk, gk]), giv, gp.subarray(0, 60), hex(`
  522dc1f099567d07f47f37a32a84427d 643a8cdcbfe5c0c97598a2bd2555d1aa
  8cb08e48590dbb3da7b08b1056828838 c5f61e6393ba7a0abcc9f662`),
          { aad: gaad, tag: hex('76fc6ece0f4e1768cddf8853bb2d551b') });

// RFC 3610 packet vector #1 (8-byte tag, 13-byte nonce).
roundTrip('aes-128-ccm', hex('c0c1c2c3c4c5c6c7c8c9cacbcccdcecf'),
          hex('00000003020100a0a1a2a3a4a5'),
          hex('08090a0b0c0d0e0f101112131415161718191a1b1c1d1e'),
          hex('588c979a61c663d2f066d0c2c0f989806d5f6b61dac384'),
          { aad: hex('0001020304050607'), tag: hex('17e8d12cfdf926e0'), authTagLength: 8 });

// RFC 7253 appendix A (OCB-AES-128, 16-byte tag).
const ocbKey = hex('000102030405060708090a0b0c0d0e0f');
roundTrip('aes-128-ocb', ocbKey, hex('bbaa99887766554433221100'), Buffer.alloc(0), Buffer.alloc(0),
          { tag: hex('785407bfffc8ad9edcc5520ac9111ee6'), authTagLength: 16 });
roundTrip('aes-128-ocb', ocbKey, hex('bbaa99887766554433221101'), hex('0001020304050607'),
          hex('6820b3657b6f615a'),
          { aad: hex('0001020304050607'), tag: hex('5725bda0d3b4eb3a257c9af1f8f03009'),
            authTagLength: 16 });

// RFC 8439.
const sunscreen = Buffer.from("Ladies and Gentlemen of the class of '99: If I could offer you " +
                              'only one tip for the future, sunscreen would be it.');
const chachaKey = Buffer.from(Array.from({ length: 32 }, (_, i) => i));
// node's chacha20 IV: 32-bit little-endian counter, then the 96-bit nonce.
roundTrip('chacha20', chachaKey, hex('01000000 000000000000004a00000000'), sunscreen, hex(`
  6e2e359a2568f98041ba0728dd0d6981 e97e7aec1d4360c20a27afccfd9fae0b
  f91b65c5524733ab8f593dabcd62b357 1639d624e65152ab8f530c359f0861d8
  07ca0dbf500d6a6156a38e088a22b65e 52bc514d16ccf806818ce91ab7793736
  5af90bbf74a35be6b40b8eedf2785e42 874d`));
roundTrip('chacha20-poly1305', Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)),
          hex('070000004041424344454647'), sunscreen, hex(`
  d31a8d34648e60db7b86afbc53ef7ec2 a4aded51296e08fea9e2b5a736ee62d6
  3dbea45e8ca9671282fafb69da92728b 1a71de0a9e060b2905d6a5b67ecd3b36
  92ddbd7f2d778b8c9803aee328091b58 fab324e4fad675945585808b4831d7bc
  3ff4def08e4b7a9de576d26586cec64b 6116`),
          { aad: hex('50515253c0c1c2c3c4c5c6c7'), tag: hex('1ae10b594f09e26a7e902ecbd0600691') });

// 3DES when OpenSSL offers it: round trip only.
if (crypto.getCiphers().includes('des-ede3-cbc')) {
  const k = Buffer.alloc(24, 7);
  const iv = Buffer.alloc(8, 1);
  const c = crypto.createCipheriv('des-ede3-cbc', k, iv);
  const ct = Buffer.concat([c.update('triple des text'), c.final()]);
  assert.strictEqual(ct.length, 16);
  const d = crypto.createDecipheriv('des-ede3-cbc', k, iv);
  assert.strictEqual(Buffer.concat([d.update(ct), d.final()]).toString(), 'triple des text');
}

'use strict';
// Known answers for every digest family OpenSSL offers: the FIPS 180-4 /
// NIST CAVS examples ("abc", the 448-bit message, one million 'a'), RFC 1321
// (MD5), FIPS 202 (SHA-3, SHAKE), RFC 7693 (BLAKE2) and the RIPEMD-160 and
// SM3 reference values.
const assert = require('node:assert');
const crypto = require('node:crypto');

const abc = 'abc';
const m448 = 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq';

const vectors = [
  ['md5', '', 'd41d8cd98f00b204e9800998ecf8427e'],
  ['md5', 'a', '0cc175b9c0f1b6a831c399e269772661'],
  ['md5', abc, '900150983cd24fb0d6963f7d28e17f72'],
  ['md5', 'message digest', 'f96b697d7cb7938d525a2f31aaf161d0'],
  ['md5', '12345678901234567890123456789012345678901234567890123456789012345678901234567890',
   '57edf4a22be3c955ac49da2e2107b67a'],
  ['sha1', abc, 'a9993e364706816aba3e25717850c26c9cd0d89d'],
  ['sha1', m448, '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
  ['sha224', abc, '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7'],
  ['sha224', m448, '75388b16512776cc5dba5da1fd890150b0c6455cb4f58b1952522525'],
  ['sha256', abc, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['sha256', m448, '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ['sha384', abc,
   'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
   '8086072ba1e7cc2358baeca134c825a7'],
  ['sha512', abc,
   'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
   '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'],
  ['sha512-224', abc, '4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa'],
  ['sha512-256', abc, '53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23'],
  ['sha3-224', '', '6b4e03423667dbb73b6e15454f0eb1abd4597f9a1b078e3f5b5a6bc7'],
  ['sha3-256', '', 'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a'],
  ['sha3-256', abc, '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532'],
  ['sha3-384', abc,
   'ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b2' +
   '98d88cea927ac7f539f1edf228376d25'],
  ['sha3-512', abc,
   'b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e' +
   '10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0'],
  ['blake2b512', abc,
   'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1' +
   '7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923'],
  ['blake2s256', abc, '508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982'],
  ['ripemd160', abc, '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc'],
  ['ripemd160', '', '9c1185a5c5e9fc54612808977ee8f548b2258d31'],
  ['sm3', abc, '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0'],
  ['shake128', '', '7f9c2ba4e88f827d616045507605853e'],
  ['shake256', '', '46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f'],
];

for (const [alg, input, expected] of vectors) {
  // String input, Buffer input, and the one-shot crypto.hash agree.
  assert.strictEqual(crypto.createHash(alg).update(input).digest('hex'), expected, alg);
  assert.strictEqual(crypto.createHash(alg).update(Buffer.from(input)).digest('hex'),
                     expected, `${alg} (Buffer)`);
  assert.strictEqual(crypto.hash(alg, input), expected, `${alg} (crypto.hash)`);
  // Byte-at-a-time updates give the same digest.
  const h = crypto.createHash(alg);
  for (const ch of input) h.update(ch);
  assert.strictEqual(h.digest('hex'), expected, `${alg} (split)`);
}

// SHAKE with an explicit output length (FIPS 202: SHAKE128("") 256 bits).
assert.strictEqual(
  crypto.createHash('shake128', { outputLength: 32 }).digest('hex'),
  '7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 0 }).digest('hex'), '');

// One million 'a' (FIPS 180-4 appendix), in 1000-byte chunks.
const chunk = Buffer.alloc(1000, 'a');
const million = [
  ['sha1', '34aa973cd4c4daa4f61eeb2bdbad27316534016f'],
  ['sha256', 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
];
for (const [alg, expected] of million) {
  const h = crypto.createHash(alg);
  for (let i = 0; i < 1000; i++) h.update(chunk);
  assert.strictEqual(h.digest('hex'), expected, `${alg} million a`);
}

// Aliases OpenSSL knows resolve to the same digest, in any case.
for (const name of ['SHA256', 'sha-256', 'RSA-SHA256', 'sha256WithRSAEncryption']) {
  assert.strictEqual(crypto.createHash(name).update(abc).digest('hex'),
                     'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', name);
}

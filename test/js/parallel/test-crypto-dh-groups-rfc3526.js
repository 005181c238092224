'use strict';
// The MODP groups equal RFC 2409/3526: the 2048-bit group 14 prime in full,
// the other primes' sizes and boundaries, generator 2, verifyError 0;
// getDiffieHellman/createDiffieHellmanGroup/DiffieHellmanGroup agree and
// lack setPublicKey/setPrivateKey.
const assert = require('node:assert');
const crypto = require('node:crypto');

const modp14 = 'ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7edee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3be39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa051015728e5a8aacaa68ffffffffffffffff';

const g14 = crypto.getDiffieHellman('modp14');
assert.strictEqual(g14.getPrime('hex'), modp14);
assert.strictEqual(g14.getGenerator('hex'), '02');
assert.strictEqual(g14.verifyError, 0);
assert(g14 instanceof crypto.DiffieHellmanGroup);
assert.strictEqual(g14.setPublicKey, undefined);
assert.strictEqual(g14.setPrivateKey, undefined);
assert.deepStrictEqual(Object.keys(g14), ['verifyError']);

const sizes = { modp1: 768, modp2: 1024, modp5: 1536, modp14: 2048, modp15: 3072,
                modp16: 4096, modp17: 6144, modp18: 8192 };
for (const [name, bits] of Object.entries(sizes)) {
  const p = crypto.createDiffieHellmanGroup(name).getPrime();
  assert.strictEqual(p.length * 8, bits, name);
  // Every MODP prime starts and ends with 64 one bits and continues with pi's digits.
  assert.strictEqual(p.subarray(0, 8).toString('hex'), 'ffffffffffffffff');
  assert.strictEqual(p.subarray(-8).toString('hex'), 'ffffffffffffffff');
  assert.strictEqual(p.subarray(8, 12).toString('hex'), 'c90fdaa2');
  assert.deepStrictEqual(crypto.DiffieHellmanGroup(name).getPrime(), p);
}
assert.throws(() => crypto.getDiffieHellman('modp3'),
              { name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP', message: 'Unknown DH group' });

// Two parties on group 14 agree; the secret has the prime's length.
const a = crypto.getDiffieHellman('modp14');
const b = crypto.getDiffieHellman('modp14');
const aPub = a.generateKeys();
const bPub = b.generateKeys('base64');
const s1 = a.computeSecret(bPub, 'base64', 'hex');
const s2 = b.computeSecret(aPub).toString('hex');
assert.strictEqual(s1, s2);
assert.strictEqual(s1.length, 512);

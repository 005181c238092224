'use strict';
// ECDH: RFC 5903 section 8.1 (P-256) known answer through crypto.ECDH and
// through crypto.diffieHellman with KeyObjects; point formats, convertKey,
// and node's errors for bad points, formats, curves and private keys.
const assert = require('node:assert');
const crypto = require('node:crypto');

const i = 'c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433';
const gix = 'dad0b65394221cf9b051e1feca5787d098dfe637fc90b9ef945d0c3772581180';
const giy = '5271a0461cdb8252d61f1c456fa3e59ab1f45b33accf5f58389e0577b8990bb3';
const r = 'c6ef9c5d78ae012a011164acb397ce2088685d8f06bf9be0b283ab46476bee53';
const grx = 'd12dfb5289c8d4f81208b70270398c342296970a0bccb74c736fc7554494bf63';
const gry = '56fbf3ca366cc23e8157854c13c58d6aac23f046ada30f8353e74f33039872ab';
const girx = 'd6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de';

const alice = crypto.createECDH('prime256v1');
alice.setPrivateKey(i, 'hex');
assert.strictEqual(alice.getPublicKey('hex'), `04${gix}${giy}`);
assert.strictEqual(alice.getPrivateKey('hex'), i);
const bob = crypto.ECDH('prime256v1');
bob.setPrivateKey(Buffer.from(r, 'hex'));
assert.strictEqual(bob.getPublicKey('hex'), `04${grx}${gry}`);
assert.strictEqual(alice.computeSecret(bob.getPublicKey()).toString('hex'), girx);
assert.strictEqual(bob.computeSecret(alice.getPublicKey('hex', 'compressed'), 'hex', 'hex'), girx);

const compressed = alice.getPublicKey(null, 'compressed');
assert.strictEqual(compressed.length, 33);
assert.strictEqual(compressed[0], Number(BigInt(`0x${giy}`) & 1n) ? 3 : 2);
assert.strictEqual(alice.getPublicKey('hex', 'hybrid').slice(2), gix + giy);
assert.strictEqual(crypto.ECDH.convertKey(compressed, 'prime256v1', null, 'hex'), `04${gix}${giy}`);
assert.deepStrictEqual(crypto.ECDH.convertKey(`04${gix}${giy}`, 'prime256v1', 'hex', 'buffer', 'compressed'),
                       compressed);

// The same exchange with KeyObjects.
const b64u = (h) => Buffer.from(h, 'hex').toString('base64url');
const aPriv = crypto.createPrivateKey({ key: { kty: 'EC', crv: 'P-256', x: b64u(gix), y: b64u(giy), d: b64u(i) }, format: 'jwk' });
const bPub = crypto.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: b64u(grx), y: b64u(gry) }, format: 'jwk' });
assert.strictEqual(crypto.diffieHellman({ privateKey: aPriv, publicKey: bPub }).toString('hex'), girx);

const fresh = crypto.createECDH('secp384r1');
assert.throws(() => fresh.getPublicKey(), { code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to get ECDH public key' });
assert.throws(() => fresh.computeSecret(compressed), { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYPAIR' });
assert.strictEqual(fresh.generateKeys().length, 97);
assert.throws(() => fresh.computeSecret(compressed), {
  code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', message: 'Public key is not valid for specified curve' });
assert.throws(() => alice.getPublicKey('hex', 'foo'), { code: 'ERR_CRYPTO_ECDH_INVALID_FORMAT', message: 'Invalid ECDH format: foo' });
assert.throws(() => alice.setPrivateKey(Buffer.alloc(32)), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYTYPE', message: 'Private key is not valid for specified curve.' });
assert.throws(() => alice.setPublicKey(Buffer.from([4, 1, 2])), { message: 'Failed to convert Buffer to EC_POINT' });
assert.throws(() => crypto.createECDH('P-256'), { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE' });
assert.throws(() => crypto.createECDH(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.ECDH.convertKey(compressed, 'nope'), { code: 'ERR_CRYPTO_INVALID_CURVE' });

// eddy: the key half of node:crypto. lib/crypto.js copies every enumerable
// property of these exports onto the public module: key objects, key pair
// and secret key generation, signatures, RSA encryption, Diffie-Hellman,
// ECDH, certificates, SPKAC and primes. Each part lives in its own
// internal/crypto/ file (keys_object, keygen_pair, sig_sign, keys_cipher,
// dh_dh, x509_cert, x509_spkac, keygen_prime).
'use strict';

const keys = require('internal/crypto/keys_object');
const keygen = require('internal/crypto/keygen_pair');
const sig = require('internal/crypto/sig_sign');
const rsa = require('internal/crypto/keys_cipher');
const dh = require('internal/crypto/dh_dh');
const { X509Certificate } = require('internal/crypto/x509_cert');
const { Certificate } = require('internal/crypto/x509_spkac');
const primes = require('internal/crypto/keygen_prime');

module.exports = {
  checkPrime: primes.checkPrime,
  checkPrimeSync: primes.checkPrimeSync,
  createDiffieHellman: dh.createDiffieHellman,
  createDiffieHellmanGroup: dh.createDiffieHellmanGroup,
  createECDH: dh.createECDH,
  createPrivateKey: keys.createPrivateKey,
  createPublicKey: keys.createPublicKey,
  createSecretKey: keys.createSecretKey,
  createSign: sig.createSign,
  createVerify: sig.createVerify,
  diffieHellman: dh.diffieHellman,
  generatePrime: primes.generatePrime,
  generatePrimeSync: primes.generatePrimeSync,
  getDiffieHellman: dh.getDiffieHellman,
  generateKeyPair: keygen.generateKeyPair,
  generateKeyPairSync: keygen.generateKeyPairSync,
  generateKey: keygen.generateKey,
  generateKeySync: keygen.generateKeySync,
  privateDecrypt: rsa.privateDecrypt,
  privateEncrypt: rsa.privateEncrypt,
  publicDecrypt: rsa.publicDecrypt,
  publicEncrypt: rsa.publicEncrypt,
  sign: sig.signOneShot,
  verify: sig.verifyOneShot,
  Certificate,
  DiffieHellman: dh.DiffieHellman,
  DiffieHellmanGroup: dh.DiffieHellmanGroup,
  ECDH: dh.ECDH,
  KeyObject: keys.KeyObject,
  Sign: sig.Sign,
  Verify: sig.Verify,
  X509Certificate,
};

// For the hash/cipher half (internal/crypto/util's prepareSecretKey): the
// bytes of a secret KeyObject or CryptoKey. Not enumerable, so not public.
Object.defineProperty(module.exports, 'getSecretKeyBytes', {
  value: keys.getSecretKeyBytes, enumerable: false, writable: false, configurable: false,
});
// The CryptoKey global (lib/internal/bootstrap/node.js); not on node:crypto.
Object.defineProperty(module.exports, 'CryptoKey', {
  value: keys.CryptoKey, enumerable: false, writable: false, configurable: false,
});

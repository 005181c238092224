// eddy: node:crypto. Hashes, HMACs, randomness, key derivation, symmetric
// ciphers and Web Crypto's Crypto/SubtleCrypto objects are built in
// lib/internal/crypto/ on the `crypto` binding. Keys, signatures, public-key
// encryption, key agreement and certificates come from
// internal/crypto/keys_api (the `crypto_keys` part): every property it
// exports is copied over this module's exports at the end, replacing the
// placeholders below, which throw ERR_NOT_IMPLEMENTED.
'use strict';

const {
  codes: {
    ERR_CRYPTO_ENGINE_UNKNOWN,
    ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const { validateNumber, validateString } = require('internal/validators');
const {
  binding,
  isAnyArrayBuffer,
  isArrayBufferView,
  codedError,
} = require('internal/crypto/util');
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
} = require('internal/crypto/random');
const { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync } =
  require('internal/crypto/kdf');
const {
  Cipher,
  Cipheriv,
  Decipher,
  Decipheriv,
  getCiphers,
  getCurves,
  getCipherInfo,
} = require('internal/crypto/cipher');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

let hashes;
function getHashes() {
  if (hashes === undefined) hashes = binding.getHashes();
  return hashes.slice();
}

function timingSafeEqual(buf1, buf2) {
  for (const [name, buf] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                       `The "${name}" argument must be an instance of ArrayBuffer, Buffer, ` +
                       'TypedArray, or DataView.');
    }
  }
  if (buf1.byteLength !== buf2.byteLength) {
    throw codedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
                     'Input buffers must have the same byte length');
  }
  return binding.timingSafeEqual(buf1, buf2);
}

function getFips() {
  return binding.getFips();
}

function setFips(val) {
  binding.setFips(!!val);
}

function setEngine(id, flags) {
  validateString(id, 'id');
  if (flags !== undefined) validateNumber(flags, 'flags');
  flags = flags >>> 0;
  if (flags === 0) flags = binding.constants.ENGINE_METHOD_ALL;
  const r = binding.setEngine(id, flags);
  if (r === -1) throw new ERR_CRYPTO_ENGINE_UNKNOWN(id);
}

function secureHeapUsed() {
  return { total: 0, used: 0, utilization: 0, min: 0 };
}

// Placeholders for the key part (replaced by keys_api's exports).
function notImplemented(name) {
  const fn = {
    [name]() {
      throw new ERR_NOT_IMPLEMENTED(`crypto.${name}`);
    },
  }[name];
  return fn;
}

const kKeyPartFunctions = [
  'checkPrime', 'checkPrimeSync', 'createDiffieHellman', 'createDiffieHellmanGroup',
  'createECDH', 'createPrivateKey', 'createPublicKey', 'createSecretKey', 'createSign',
  'createVerify', 'diffieHellman', 'generatePrime', 'generatePrimeSync', 'getDiffieHellman',
  'generateKeyPair', 'generateKeyPairSync', 'generateKey', 'generateKeySync',
  'privateDecrypt', 'privateEncrypt', 'publicDecrypt', 'publicEncrypt', 'sign', 'verify',
  'Certificate', 'DiffieHellman', 'DiffieHellmanGroup', 'ECDH', 'KeyObject', 'Sign',
  'Verify', 'X509Certificate',
];
const placeholders = {};
for (const name of kKeyPartFunctions) placeholders[name] = notImplemented(name);

module.exports = {
  // In node's order.
  checkPrime: placeholders.checkPrime,
  checkPrimeSync: placeholders.checkPrimeSync,
  createCipheriv,
  createDecipheriv,
  createDiffieHellman: placeholders.createDiffieHellman,
  createDiffieHellmanGroup: placeholders.createDiffieHellmanGroup,
  createECDH: placeholders.createECDH,
  createHash,
  createHmac,
  createPrivateKey: placeholders.createPrivateKey,
  createPublicKey: placeholders.createPublicKey,
  createSecretKey: placeholders.createSecretKey,
  createSign: placeholders.createSign,
  createVerify: placeholders.createVerify,
  diffieHellman: placeholders.diffieHellman,
  generatePrime: placeholders.generatePrime,
  generatePrimeSync: placeholders.generatePrimeSync,
  getCiphers,
  getCipherInfo,
  getCurves,
  getDiffieHellman: placeholders.getDiffieHellman,
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  generateKeyPair: placeholders.generateKeyPair,
  generateKeyPairSync: placeholders.generateKeyPairSync,
  generateKey: placeholders.generateKey,
  generateKeySync: placeholders.generateKeySync,
  privateDecrypt: placeholders.privateDecrypt,
  privateEncrypt: placeholders.privateEncrypt,
  publicDecrypt: placeholders.publicDecrypt,
  publicEncrypt: placeholders.publicEncrypt,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  sign: placeholders.sign,
  setEngine,
  timingSafeEqual,
  getFips,
  setFips,
  verify: placeholders.verify,
  hash,

  // Classes.
  Certificate: placeholders.Certificate,
  Cipher,
  Cipheriv,
  Decipher,
  Decipheriv,
  DiffieHellman: placeholders.DiffieHellman,
  DiffieHellmanGroup: placeholders.DiffieHellmanGroup,
  ECDH: placeholders.ECDH,
  Hash,
  Hmac,
  KeyObject: placeholders.KeyObject,
  Sign: placeholders.Sign,
  Verify: placeholders.Verify,
  X509Certificate: placeholders.X509Certificate,
  secureHeapUsed,
};

// crypto.constants: node's object (null prototype), from the binding.
module.exports.constants = binding.constants;

let webcrypto;
function lazyWebCrypto() {
  if (webcrypto === undefined) webcrypto = require('internal/crypto/webcrypto');
  return webcrypto;
}

// The module's getRandomValues: Crypto#getRandomValues on crypto.webcrypto.
function getRandomValues(array) {
  return lazyWebCrypto().crypto.getRandomValues(array);
}

Object.defineProperties(module.exports, {
  webcrypto: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return lazyWebCrypto().crypto; },
    set: undefined,
  },
  subtle: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return lazyWebCrypto().crypto.subtle; },
    set: undefined,
  },
  getRandomValues: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return getRandomValues; },
    set: undefined,
  },
});

// Deprecated and legacy surface, not enumerable as in node. util (and its
// inspect) loads on first use only.
function deprecate(fn, msg, code) {
  let wrapped;
  return function deprecated(...args) {
    if (wrapped === undefined) wrapped = require('util').deprecate(fn, msg, code);
    return Reflect.apply(wrapped, this, args);
  };
}

{
  Object.defineProperties(module.exports, {
    createCipher: {
      __proto__: null,
      enumerable: false,
      writable: false,
      configurable: false,
      value: deprecate((cipher, password, options) => new Cipher(cipher, password, options),
                       'crypto.createCipher is deprecated.', 'DEP0106'),
    },
    createDecipher: {
      __proto__: null,
      enumerable: false,
      writable: false,
      configurable: false,
      value: deprecate((cipher, password, options) => new Decipher(cipher, password, options),
                       'crypto.createDecipher is deprecated.', 'DEP0106'),
    },
    fips: {
      __proto__: null,
      enumerable: false,
      configurable: false,
      get: getFips,
      set: setFips,
    },
  });
  for (const name of ['prng', 'pseudoRandomBytes', 'rng']) {
    Object.defineProperty(module.exports, name, {
      __proto__: null,
      enumerable: false,
      configurable: true,
      get() { return randomBytes; },
      set(value) {
        Object.defineProperty(module.exports, name, {
          __proto__: null, value, writable: true, enumerable: false, configurable: true,
        });
      },
    });
  }
}

// The key part: its exports replace the placeholders (and may add more).
const keysApi = require('internal/crypto/keys_api');
for (const name of Object.keys(keysApi)) {
  Object.defineProperty(module.exports, name,
                        Object.getOwnPropertyDescriptor(keysApi, name));
}

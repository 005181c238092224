// eddy: Web Crypto (node's lib/internal/crypto/webcrypto.js): the Crypto
// object behind globalThis.crypto and crypto.webcrypto (getRandomValues,
// randomUUID, subtle), and SubtleCrypto. digest() is built here; every other
// SubtleCrypto method is delegated to the function of the same name in
// internal/crypto/subtle_keys (the key part of node:crypto) and rejects with
// a NotSupportedError while that part does not provide it.
'use strict';

const {
  binding,
  getDigestId,
  isAnyArrayBuffer,
  isArrayBufferView,
  codedError,
  lazyDOMException,
} = require('internal/crypto/util');
const random = require('internal/crypto/random');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');

const kInternal = Symbol('kInternal');

function missingArgs(method, iface, required, present) {
  return codedError(TypeError, 'ERR_MISSING_ARGS',
                    `Failed to execute '${method}' on '${iface}': ${required} argument` +
                    `${required === 1 ? '' : 's'} required, but only ${present} present.`);
}

// --- SubtleCrypto ------------------------------------------------------------------

let subtle;

class SubtleCrypto {
  constructor() {
    if (arguments[0] !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

const kDigestNames = {
  __proto__: null,
  'sha-1': 'sha1', 'sha-256': 'sha256', 'sha-384': 'sha384', 'sha-512': 'sha512',
};

function normalizeDigestAlgorithm(algorithm) {
  let name;
  if (algorithm !== null && typeof algorithm === 'object') {
    name = algorithm.name;
    if (name === undefined) {
      throw codedError(TypeError, 'ERR_MISSING_OPTION',
                       "Failed to normalize algorithm: passed algorithm can not be converted " +
                       "to 'Algorithm' because 'name' is required in 'Algorithm'.");
    }
  } else if (typeof algorithm === 'symbol') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                     "Failed to execute 'digest' on 'SubtleCrypto': 1st argument is a " +
                     'Symbol and cannot be converted to a string.');
  } else {
    name = algorithm;
  }
  const hash = kDigestNames[String(name).toLowerCase()];
  if (hash === undefined) {
    throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  }
  return hash;
}

function isBufferSource(data) {
  if (isArrayBufferView(data)) return true;
  return isAnyArrayBuffer(data) && !(typeof SharedArrayBuffer === 'function' &&
                                     data instanceof SharedArrayBuffer);
}

async function digest(algorithm, data) {
  if (this !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
  if (arguments.length < 2) throw missingArgs('digest', 'SubtleCrypto', 2, arguments.length);
  const hash = normalizeDigestAlgorithm(algorithm);
  if (!isBufferSource(data)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                     "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not " +
                     'instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  }
  const id = getDigestId(hash);
  return new Promise((resolve, reject) => {
    binding.digestJob(id, data, {
      ondone(err, result) {
        if (err) reject(err);
        else resolve(result);
      },
    });
  });
}

// Methods of the key part: [name, required argument count].
const kKeyMethods = [
  ['encrypt', 3], ['decrypt', 3], ['sign', 3], ['verify', 4],
  ['generateKey', 3], ['deriveKey', 5], ['deriveBits', 2], ['importKey', 5],
  ['exportKey', 2], ['wrapKey', 4], ['unwrapKey', 7],
];

function keyMethod(name, required) {
  // Named and sized like node's methods (fn.name, fn.length).
  const impl = {
    async [name](...args) {
      if (this !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
      if (args.length < required) throw missingArgs(name, 'SubtleCrypto', required, args.length);
      const keys = require('internal/crypto/subtle_keys');
      if (typeof keys[name] === 'function') return keys[name].apply(this, args);
      throw lazyDOMException(`SubtleCrypto.${name} is not implemented in eddy yet`,
                             'NotSupportedError');
    },
  }[name];
  Object.defineProperty(impl, 'length', { value: required, configurable: true });
  return impl;
}

{
  const proto = SubtleCrypto.prototype;
  const define = (name, fn) => Object.defineProperty(proto, name, {
    value: fn, writable: true, enumerable: true, configurable: true,
  });
  for (const [name, required] of kKeyMethods.slice(0, 4)) define(name, keyMethod(name, required));
  define('digest', digest);
  for (const [name, required] of kKeyMethods.slice(4)) define(name, keyMethod(name, required));
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: 'SubtleCrypto', writable: false, enumerable: false, configurable: true,
  });
}

subtle = new SubtleCrypto(kInternal);

// --- Crypto ------------------------------------------------------------------------

let crypto;

class Crypto {
  constructor() {
    if (arguments[0] !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    if (arguments.length < 1) throw missingArgs('getRandomValues', 'Crypto', 1, 0);
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (this !== crypto) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}

for (const name of ['subtle', 'getRandomValues', 'randomUUID']) {
  const d = Object.getOwnPropertyDescriptor(Crypto.prototype, name);
  d.enumerable = true;
  Object.defineProperty(Crypto.prototype, name, d);
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  value: 'Crypto', writable: false, enumerable: false, configurable: true,
});

crypto = new Crypto(kInternal);

module.exports = {
  Crypto,
  SubtleCrypto,
  crypto,
};

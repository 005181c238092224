// eddy: the WebIDL side of SubtleCrypto's key methods (node's
// lib/internal/crypto/webidl.js and normalizeAlgorithm in
// lib/internal/crypto/util.js): argument converters and algorithm
// normalization, with node's TypeError messages and codes.
'use strict';

const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

function codedTypeError(message, code) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

let DOMExceptionClass;
function lazyDOMException(message, options) {
  DOMExceptionClass ??= require('internal/per_context/domexception').DOMException;
  return new DOMExceptionClass(message, options);
}

function ordinal(n) {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] || s[v] || s[0]}`;
}

// Prefix of an argument error: "Failed to execute 'm' on 'SubtleCrypto': 2nd argument".
function argContext(method, index) {
  return `Failed to execute '${method}' on 'SubtleCrypto': ${ordinal(index)} argument`;
}

function isBufferSource(v) {
  if (isArrayBufferView(v)) return true;
  return isAnyArrayBuffer(v) && !(v instanceof SharedArrayBuffer);
}

function toBufferSource(v, context) {
  if (!isBufferSource(v)) {
    throw codedTypeError(
      `${context} is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`,
      'ERR_INVALID_ARG_TYPE');
  }
  return v;
}

// The bytes of a BufferSource as a fresh Uint8Array copy.
function copyBytes(v) {
  if (isAnyArrayBuffer(v)) return new Uint8Array(v.slice(0));
  return new Uint8Array(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
}

function toEnforcedInt(v, context, max) {
  const x = Number(v);
  if (!Number.isFinite(x)) {
    throw codedTypeError(`${context} is not a finite number.`, 'ERR_INVALID_ARG_TYPE');
  }
  const t = Math.trunc(x);
  if (t < 0 || t > max) {
    throw codedTypeError(`${context} is outside the expected range of 0 to ${max}.`,
                         'ERR_OUT_OF_RANGE');
  }
  return t;
}

function toDOMString(v) {
  if (typeof v === 'symbol') {
    throw codedTypeError('Cannot convert a Symbol value to a string', 'ERR_INVALID_ARG_TYPE');
  }
  return `${v}`;
}

// WebIDL AlgorithmIdentifier (object or DOMString): objects pass as they
// are, anything else becomes a string (a Symbol cannot).
function toAlgorithmIdentifier(v, method, index) {
  if ((typeof v === 'object' && v !== null) || typeof v === 'function') return v;
  if (typeof v === 'symbol') {
    throw codedTypeError(
      `${argContext(method, index)} is a Symbol and cannot be converted to a string.`,
      'ERR_INVALID_ARG_TYPE');
  }
  return `${v}`;
}

const kUsages = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits',
                 'wrapKey', 'unwrapKey'];
const kFormats = ['raw', 'pkcs8', 'spki', 'jwk'];

function toKeyUsages(v, method, index) {
  const context = argContext(method, index);
  if (v === null || typeof v !== 'object' || typeof v[Symbol.iterator] !== 'function') {
    throw codedTypeError(`${context} can not be converted to sequence.`, 'ERR_INVALID_ARG_TYPE');
  }
  const out = [];
  let i = 0;
  for (const item of v) {
    const s = toDOMString(item);
    if (!kUsages.includes(s)) {
      throw codedTypeError(
        `${context}, index ${i} value '${s}' is not a valid enum value of type KeyUsage.`,
        'ERR_INVALID_ARG_VALUE');
    }
    out.push(s);
    i++;
  }
  return out;
}

function toKeyFormat(v, method, index) {
  const s = toDOMString(v);
  if (!kFormats.includes(s)) {
    throw codedTypeError(
      `${argContext(method, index)} value '${s}' is not a valid enum value of type KeyFormat.`,
      'ERR_INVALID_ARG_VALUE');
  }
  return s;
}

function toJsonWebKey(v, method, index) {
  if (v === null || v === undefined) return {};
  if (typeof v !== 'object' && typeof v !== 'function') {
    throw codedTypeError(`${argContext(method, index)} can not be converted to a dictionary`,
                         'ERR_INVALID_ARG_TYPE');
  }
  return v;
}

function toCryptoKeyArg(v, method, index) {
  const { isCryptoKey } = require('internal/crypto/keys_object');
  if (!isCryptoKey(v)) {
    throw codedTypeError(`${argContext(method, index)} is not of type CryptoKey.`,
                         'ERR_INVALID_ARG_TYPE');
  }
  return v;
}

// --- algorithm dictionaries ---------------------------------------------------------

// member: [type, required]. Types: 'ulong', 'ushort', 'octet', 'string',
// 'hash', 'buffer', 'bigint' (Uint8Array), 'key' (CryptoKey).
const kDictionaries = {
  __proto__: null,
  RsaHashedKeyGenParams: { modulusLength: ['ulong', true], publicExponent: ['bigint', true],
                           hash: ['hash', true] },
  EcKeyGenParams: { namedCurve: ['string', true] },
  AesKeyGenParams: { length: ['ushort', true] },
  HmacKeyGenParams: { hash: ['hash', true], length: ['ulong', false] },
  RsaPssParams: { saltLength: ['ulong', true] },
  EcdsaParams: { hash: ['hash', true] },
  Ed448Params: { context: ['buffer', false] },
  RsaHashedImportParams: { hash: ['hash', true] },
  EcKeyImportParams: { namedCurve: ['string', true] },
  HmacImportParams: { hash: ['hash', true], length: ['ulong', false] },
  HkdfParams: { hash: ['hash', true], salt: ['buffer', true], info: ['buffer', true] },
  Pbkdf2Params: { hash: ['hash', true], iterations: ['ulong', true], salt: ['buffer', true] },
  EcdhKeyDeriveParams: { public: ['key', true] },
  RsaOaepParams: { label: ['buffer', false] },
  AesCbcParams: { iv: ['buffer', true] },
  AesGcmParams: { iv: ['buffer', true], additionalData: ['buffer', false],
                  tagLength: ['octet', false] },
  AesCtrParams: { counter: ['buffer', true], length: ['octet', true] },
  AesDerivedKeyParams: { length: ['ushort', true] },
};

const kSupportedAlgorithms = {
  __proto__: null,
  digest: { 'SHA-1': null, 'SHA-256': null, 'SHA-384': null, 'SHA-512': null },
  generateKey: {
    'RSASSA-PKCS1-v1_5': 'RsaHashedKeyGenParams',
    'RSA-PSS': 'RsaHashedKeyGenParams',
    'RSA-OAEP': 'RsaHashedKeyGenParams',
    'ECDSA': 'EcKeyGenParams',
    'ECDH': 'EcKeyGenParams',
    'AES-CTR': 'AesKeyGenParams',
    'AES-CBC': 'AesKeyGenParams',
    'AES-GCM': 'AesKeyGenParams',
    'AES-KW': 'AesKeyGenParams',
    'HMAC': 'HmacKeyGenParams',
    'X25519': null,
    'Ed25519': null,
    'X448': null,
    'Ed448': null,
  },
  sign: {
    'RSASSA-PKCS1-v1_5': null,
    'RSA-PSS': 'RsaPssParams',
    'ECDSA': 'EcdsaParams',
    'HMAC': null,
    'Ed25519': null,
    'Ed448': 'Ed448Params',
  },
  importKey: {
    'RSASSA-PKCS1-v1_5': 'RsaHashedImportParams',
    'RSA-PSS': 'RsaHashedImportParams',
    'RSA-OAEP': 'RsaHashedImportParams',
    'ECDSA': 'EcKeyImportParams',
    'ECDH': 'EcKeyImportParams',
    'HMAC': 'HmacImportParams',
    'HKDF': null,
    'PBKDF2': null,
    'AES-CTR': null,
    'AES-CBC': null,
    'AES-GCM': null,
    'AES-KW': null,
    'Ed25519': null,
    'X25519': null,
    'Ed448': null,
    'X448': null,
  },
  deriveBits: {
    'HKDF': 'HkdfParams',
    'PBKDF2': 'Pbkdf2Params',
    'ECDH': 'EcdhKeyDeriveParams',
    'X25519': 'EcdhKeyDeriveParams',
    'X448': 'EcdhKeyDeriveParams',
  },
  encrypt: {
    'RSA-OAEP': 'RsaOaepParams',
    'AES-CBC': 'AesCbcParams',
    'AES-GCM': 'AesGcmParams',
    'AES-CTR': 'AesCtrParams',
  },
  'get key length': {
    'AES-CBC': 'AesDerivedKeyParams',
    'AES-CTR': 'AesDerivedKeyParams',
    'AES-GCM': 'AesDerivedKeyParams',
    'AES-KW': 'AesDerivedKeyParams',
    'HMAC': 'HmacImportParams',
    'HKDF': null,
    'PBKDF2': null,
  },
  wrapKey: { 'AES-KW': null },
};
kSupportedAlgorithms.verify = kSupportedAlgorithms.sign;
kSupportedAlgorithms.decrypt = kSupportedAlgorithms.encrypt;
kSupportedAlgorithms.unwrapKey = kSupportedAlgorithms.wrapKey;

const kPrefix = 'Failed to normalize algorithm';
// Algorithms node marks experimental warn once each.
const warned = new Set();

function convertDictionary(algorithm, type) {
  const members = kDictionaries[type];
  const out = {};
  for (const name of Object.keys(members).sort()) {
    const [idlType, required] = members[name];
    const value = algorithm[name];
    if (value === undefined) {
      if (required) {
        throw codedTypeError(
          `${kPrefix}: passed algorithm can not be converted to '${type}' because ` +
          `'${name}' is required in '${type}'.`, 'ERR_MISSING_OPTION');
      }
      continue;
    }
    const context = `${kPrefix}: '${name}' of '${type}' (passed algorithm)`;
    switch (idlType) {
      case 'ulong': out[name] = toEnforcedInt(value, context, 4294967295); break;
      case 'ushort': out[name] = toEnforcedInt(value, context, 65535); break;
      case 'octet': out[name] = toEnforcedInt(value, context, 255); break;
      case 'string': out[name] = toDOMString(value); break;
      case 'hash':
        if (typeof value !== 'object' || value === null) out[name] = toDOMString(value);
        else out[name] = value;
        break;
      case 'buffer': out[name] = toBufferSource(value, context); break;
      case 'bigint':
        if (!(value instanceof Uint8Array)) {
          throw codedTypeError(`${context} is not an Uint8Array object.`, 'ERR_INVALID_ARG_TYPE');
        }
        out[name] = value;
        break;
      case 'key': {
        const { isCryptoKey } = require('internal/crypto/keys_object');
        if (!isCryptoKey(value)) {
          throw codedTypeError(`${context} is not of type CryptoKey.`, 'ERR_INVALID_ARG_TYPE');
        }
        out[name] = value;
        break;
      }
    }
  }
  for (const name of Object.keys(members)) {
    const idlType = members[name][0];
    if (out[name] === undefined) continue;
    if (idlType === 'buffer') out[name] = copyBytes(out[name]);
    else if (idlType === 'hash') out[name] = normalizeAlgorithm(out[name], 'digest');
  }
  return out;
}

// node's normalizeAlgorithm: { name, ...members } with the registered
// (canonically cased) name, or a NotSupportedError.
function normalizeAlgorithm(algorithm, op) {
  if (typeof algorithm === 'string') return normalizeAlgorithm({ name: algorithm }, op);
  if (algorithm === null || (typeof algorithm !== 'object' && typeof algorithm !== 'function')) {
    throw codedTypeError(`${kPrefix}: passed algorithm can not be converted to a dictionary`,
                         'ERR_INVALID_ARG_TYPE');
  }
  if (algorithm.name === undefined) {
    throw codedTypeError(
      `${kPrefix}: passed algorithm can not be converted to 'Algorithm' because 'name' ` +
      "is required in 'Algorithm'.", 'ERR_MISSING_OPTION');
  }
  let name = toDOMString(algorithm.name);
  const registered = kSupportedAlgorithms[op];
  let desiredType;
  const upper = name.toUpperCase();
  for (const key of Object.keys(registered)) {
    if (key.toUpperCase() === upper) {
      name = key;
      desiredType = registered[key];
    }
  }
  if (desiredType === undefined) {
    throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  }
  if ((name === 'Ed448' || name === 'X448') && !warned.has(name)) {
    warned.add(name);
    process.emitWarning(`The ${name} Web Crypto API algorithm is an experimental feature and ` +
                        'might change at any time', 'ExperimentalWarning');
  }
  if (desiredType === null) return { name };
  const normalized = convertDictionary(algorithm, desiredType);
  normalized.name = name;
  return normalized;
}

module.exports = {
  codedTypeError,
  lazyDOMException,
  argContext,
  isBufferSource,
  toBufferSource,
  copyBytes,
  toEnforcedInt,
  toAlgorithmIdentifier,
  toKeyUsages,
  toKeyFormat,
  toJsonWebKey,
  toCryptoKeyArg,
  normalizeAlgorithm,
};

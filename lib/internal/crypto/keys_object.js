// eddy: KeyObject and CryptoKey (node's lib/internal/crypto/keys.js):
// secret, public and private key objects over the `crypto_keys` binding's
// key handles, key input parsing (PEM, DER, JWK, KeyObject, CryptoKey) and
// the encoding options shared by export() and generateKeyPair.
'use strict';

const binding = internalBinding('crypto_keys');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS,
    ERR_CRYPTO_INVALID_JWK,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_CRYPTO_JWK_UNSUPPORTED_CURVE,
    ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateObject, validateOneOf, validateString } = require('internal/validators');
const { kHandle, kKeyObject } = require('internal/crypto/util');

// Formats and encodings as the binding numbers them.
const kKeyFormatPEM = 0;
const kKeyFormatDER = 1;
const kKeyFormatJWK = 2;
const kKeyEncodingPKCS1 = 0;
const kKeyEncodingPKCS8 = 1;
const kKeyEncodingSPKI = 2;
const kKeyEncodingSEC1 = 3;
const encodingNames = ['pkcs1', 'pkcs8', 'spki', 'sec1'];

// Key input contexts.
const kConsumePublic = 0;
const kConsumePrivate = 1;
const kCreatePublic = 2;
const kCreatePrivate = 3;

const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');
const kAlgorithm = Symbol('kAlgorithm');
const kExtractable = Symbol('kExtractable');
const kKeyUsages = Symbol('kKeyUsages');

const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

let lazyBuffer;
function toBuffer(str, encoding) {
  lazyBuffer ??= require('buffer').Buffer;
  return lazyBuffer.from(str, encoding);
}

function isStringOrBuffer(val) {
  return typeof val === 'string' || isArrayBufferView(val) || isAnyArrayBuffer(val);
}

// node's getArrayBufferOrView, returning bytes the binding reads (strings
// become Buffers in `encoding`).
function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer) || isArrayBufferView(buffer)) return buffer;
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return toBuffer(buffer, encoding);
  }
  throw new ERR_INVALID_ARG_TYPE(
    name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
}

function bufferFrom(ab) {
  return new FastBuffer(ab);
}

function base64url(ab) {
  return bufferFrom(ab).toString('base64url');
}

// An unsigned big-endian byte string as a BigInt.
function bytesToBigInt(ab) {
  const bytes = new Uint8Array(ab);
  let n = 0n;
  for (let i = 0; i < bytes.length; i++) n = (n << 8n) | BigInt(bytes[i]);
  return n;
}

// --- classes ----------------------------------------------------------------------

// The base node implements in C++; it has no name of its own.
const NativeKeyObject = [class {}][0];

class KeyObject extends NativeKeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (typeof handle !== 'object' || handle === null || binding.keyKind(handle) === -1) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    super();
    this[kKeyType] = type;
    Object.defineProperty(this, kHandle, {
      value: handle, enumerable: false, configurable: false, writable: false,
    });
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return key[kKeyObject];
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type &&
      binding.keyEquals(this[kHandle], otherKeyObject[kHandle]);
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  value: 'KeyObject', writable: false, enumerable: false, configurable: true,
});

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return binding.symmetricKeySize(this[kHandle]);
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') {
        return { kty: 'oct', k: base64url(binding.secretBytes(this[kHandle])) };
      }
    }
    return bufferFrom(binding.secretBytes(this[kHandle]));
  }
}

const kJwkCurves = {
  __proto__: null,
  prime256v1: 'P-256',
  secp256k1: 'secp256k1',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
};

// The JWK form of an asymmetric key, with node's member order.
function exportAsymmetricJwk(key, isPrivate) {
  const type = key.asymmetricKeyType;
  let crv;
  switch (type) {
    case 'rsa': break;
    case 'ec':
      crv = kJwkCurves[key.asymmetricKeyDetails.namedCurve];
      if (crv === undefined) {
        throw new ERR_CRYPTO_JWK_UNSUPPORTED_CURVE(key.asymmetricKeyDetails.namedCurve);
      }
      break;
    case 'ed25519': crv = 'Ed25519'; break;
    case 'ed448': crv = 'Ed448'; break;
    case 'x25519': crv = 'X25519'; break;
    case 'x448': crv = 'X448'; break;
    default:
      throw new ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE();
  }
  const c = binding.exportJwk(key[kHandle], {});
  if (type === 'rsa') {
    const jwk = { kty: 'RSA', n: base64url(c.n), e: base64url(c.e) };
    if (isPrivate) {
      for (const f of ['d', 'p', 'q', 'dp', 'dq', 'qi']) jwk[f] = base64url(c[f]);
    }
    return jwk;
  }
  if (type === 'ec') {
    const jwk = { kty: 'EC', x: base64url(c.x), y: base64url(c.y), crv };
    if (isPrivate) jwk.d = base64url(c.d);
    return jwk;
  }
  const jwk = { crv };
  if (isPrivate) jwk.d = base64url(c.d);
  jwk.x = base64url(c.x);
  jwk.kty = 'OKP';
  return jwk;
}

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return this[kAsymmetricKeyType] ||
      (this[kAsymmetricKeyType] = binding.asymmetricKeyType(this[kHandle]));
  }

  get asymmetricKeyDetails() {
    switch (this.asymmetricKeyType) {
      case 'rsa':
      case 'rsa-pss':
      case 'dsa':
      case 'ec': {
        let details = this[kAsymmetricKeyDetails];
        if (details === undefined) {
          details = binding.keyDetail(this[kHandle], {});
          if (details.publicExponent !== undefined) {
            details.publicExponent = bytesToBigInt(details.publicExponent);
          }
          this[kAsymmetricKeyDetails] = details;
        }
        return details;
      }
      default:
        return {};
    }
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') return exportAsymmetricJwk(this, false);
    const { format, type } = parsePublicKeyEncoding(options, this.asymmetricKeyType);
    return exportEncoded(this[kHandle], format, type);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
      }
      return exportAsymmetricJwk(this, true);
    }
    const { format, type, cipher, passphrase } =
      parsePrivateKeyEncoding(options, this.asymmetricKeyType);
    return exportEncoded(this[kHandle], format, type, cipher, passphrase);
  }
}

function exportEncoded(handle, format, type, cipher, passphrase) {
  const r = binding.exportKey(handle, format, type, cipher, passphrase);
  return typeof r === 'string' ? r : bufferFrom(r);
}

// A KeyObject of the right class for a binding handle.
function keyObjectFromHandle(handle) {
  switch (binding.keyKind(handle)) {
    case 0: return new SecretKeyObject(handle);
    case 1: return new PublicKeyObject(handle);
    default: return new PrivateKeyObject(handle);
  }
}

// --- encoding options ----------------------------------------------------------------

function parseKeyFormat(formatStr, defaultFormat, optionName) {
  if (formatStr === undefined && defaultFormat !== undefined) return defaultFormat;
  if (formatStr === 'pem') return kKeyFormatPEM;
  if (formatStr === 'der') return kKeyFormatDER;
  if (formatStr === 'jwk') return kKeyFormatJWK;
  throw new ERR_INVALID_ARG_VALUE(optionName, formatStr);
}

function parseKeyType(typeStr, required, keyType, isPublic, optionName) {
  if (typeStr === undefined && !required) return undefined;
  if (typeStr === 'pkcs1') {
    if (keyType !== undefined && keyType !== 'rsa') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for RSA keys');
    }
    return kKeyEncodingPKCS1;
  }
  if (typeStr === 'spki' && isPublic !== false) return kKeyEncodingSPKI;
  if (typeStr === 'pkcs8' && isPublic !== true) return kKeyEncodingPKCS8;
  if (typeStr === 'sec1' && isPublic !== true) {
    if (keyType !== undefined && keyType !== 'ec') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for EC keys');
    }
    return kKeyEncodingSEC1;
  }
  throw new ERR_INVALID_ARG_VALUE(optionName, typeStr);
}

function optionName(name, objName) {
  return objName === undefined ? `options.${name}` : `options.${objName}.${name}`;
}

function parseKeyFormatAndType(enc, keyType, isPublic, objName) {
  const { format: formatStr, type: typeStr } = enc;
  const isInput = keyType === undefined;
  const format = parseKeyFormat(formatStr, isInput ? kKeyFormatPEM : undefined,
                                optionName('format', objName));
  const isRequired = (!isInput || format === kKeyFormatDER) && format !== kKeyFormatJWK;
  const type = parseKeyType(typeStr, isRequired, keyType, isPublic,
                            optionName('type', objName));
  return { format, type };
}

function parseKeyEncoding(enc, keyType, isPublic, objName) {
  if (enc === null || typeof enc !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', enc);
  }
  const isInput = keyType === undefined;
  const { format, type } = parseKeyFormatAndType(enc, keyType, isPublic, objName);
  let cipher, passphrase, encoding;
  if (isPublic !== true) {
    ({ cipher, passphrase, encoding } = enc);
    if (!isInput) {
      if (cipher != null) {
        if (typeof cipher !== 'string') {
          throw new ERR_INVALID_ARG_VALUE(optionName('cipher', objName), cipher);
        }
        if (format === kKeyFormatDER &&
            (type === kKeyEncodingPKCS1 || type === kKeyEncodingSEC1)) {
          throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(encodingNames[type],
                                                        'does not support encryption');
        }
      } else if (passphrase !== undefined) {
        throw new ERR_INVALID_ARG_VALUE(optionName('cipher', objName), cipher);
      }
    }
    if ((isInput && passphrase !== undefined && !isStringOrBuffer(passphrase)) ||
        (!isInput && cipher != null && !isStringOrBuffer(passphrase))) {
      throw new ERR_INVALID_ARG_VALUE(optionName('passphrase', objName), passphrase);
    }
  }
  if (passphrase !== undefined) {
    passphrase = getArrayBufferOrView(passphrase, 'key.passphrase', encoding);
  }
  return { format, type, cipher, passphrase };
}

// keyType undefined: an input encoding; else the output encoding of a key of
// that type.
function parsePublicKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, keyType ? true : undefined, objName);
}

function parsePrivateKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, false, objName);
}

// --- key input ----------------------------------------------------------------------

function getKeyTypes(allowKeyObject, bufferOnly = false) {
  const types = ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
  if (!bufferOnly) types.push('string');
  if (!bufferOnly && allowKeyObject) types.push('KeyObject', 'CryptoKey');
  return types;
}

function getKeyObjectHandle(key, ctx) {
  if (ctx === kCreatePrivate) {
    throw new ERR_INVALID_ARG_TYPE(
      'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  if (key.type !== 'private') {
    if (ctx === kConsumePrivate || ctx === kCreatePublic) {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    }
    if (key.type !== 'public') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private or public');
    }
  }
  return key[kHandle];
}

function jwkBytes(str) {
  return toBuffer(str, 'base64');
}

const kOkpSizes = { __proto__: null, Ed25519: 32, X25519: 32, Ed448: 57, X448: 56 };
const kEcCurves = { __proto__: null, 'P-256': 'prime256v1', secp256k1: 'secp256k1',
                    'P-384': 'secp384r1', 'P-521': 'secp521r1' };

// node's C++ error for JWK data OpenSSL rejects.
function invalidJwk(kty) {
  const err = new TypeError(`Invalid JWK ${kty} key`);
  err.code = 'ERR_CRYPTO_INVALID_JWK';
  return err;
}

// A key handle from a JWK (node's getKeyObjectHandleFromJwk).
function handleFromJwk(key, ctx) {
  validateObject(key, 'key');
  validateOneOf(key.kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  const isPublic = ctx === kConsumePublic || ctx === kCreatePublic;
  if (key.kty === 'OKP') {
    validateString(key.crv, 'key.crv');
    validateOneOf(key.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
    validateString(key.x, 'key.x');
    if (!isPublic) validateString(key.d, 'key.d');
    const data = jwkBytes(isPublic ? key.x : key.d);
    if (data.byteLength !== kOkpSizes[key.crv]) throw new ERR_CRYPTO_INVALID_JWK();
    const handle = isPublic ? binding.importOkpKey(key.crv, data, undefined) :
      binding.importOkpKey(key.crv, undefined, data);
    if (handle === null) throw new ERR_CRYPTO_INVALID_JWK();
    return handle;
  }
  if (key.kty === 'EC') {
    validateString(key.crv, 'key.crv');
    validateOneOf(key.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
    validateString(key.x, 'key.x');
    validateString(key.y, 'key.y');
    if (!isPublic) validateString(key.d, 'key.d');
    const x = jwkBytes(key.x);
    const y = jwkBytes(key.y);
    const size = { 'P-256': 32, secp256k1: 32, 'P-384': 48, 'P-521': 66 }[key.crv];
    if (x.length !== size || y.length !== size) throw invalidJwk('EC');
    const point = new Uint8Array(1 + 2 * size);
    point[0] = 4;
    point.set(x, 1);
    point.set(y, 1 + size);
    const handle = binding.importEcKey(kEcCurves[key.crv], point,
                                       isPublic ? undefined : jwkBytes(key.d));
    if (handle === null) throw invalidJwk('EC');
    return handle;
  }
  validateString(key.n, 'key.n');
  validateString(key.e, 'key.e');
  const parts = [jwkBytes(key.n), jwkBytes(key.e)];
  if (!isPublic) {
    for (const f of ['d', 'p', 'q', 'dp', 'dq', 'qi']) {
      validateString(key[f], `key.${f}`);
      parts.push(jwkBytes(key[f]));
    }
  }
  const handle = binding.importJwkRsa(...parts);
  if (handle === null) throw invalidJwk('RSA');
  return handle;
}

// node's prepareAsymmetricKey: { data: handle } for key objects and JWKs,
// else { data: bytes, format, type, passphrase }.
function prepareAsymmetricKey(key, ctx) {
  if (isKeyObject(key)) return { data: getKeyObjectHandle(key, ctx) };
  if (isCryptoKey(key)) return { data: getKeyObjectHandle(key[kKeyObject], ctx) };
  if (isStringOrBuffer(key)) {
    return { format: kKeyFormatPEM, data: getArrayBufferOrView(key, 'key') };
  }
  if (typeof key === 'object' && key !== null) {
    const { key: data, encoding, format } = key;
    if (isKeyObject(data)) return { data: getKeyObjectHandle(data, ctx) };
    if (isCryptoKey(data)) return { data: getKeyObjectHandle(data[kKeyObject], ctx) };
    if (format === 'jwk') {
      validateObject(data, 'key.key');
      return { data: handleFromJwk(data, ctx) };
    }
    if (!isStringOrBuffer(data)) {
      throw new ERR_INVALID_ARG_TYPE('key.key', getKeyTypes(ctx !== kCreatePrivate), data);
    }
    const isPublic = (ctx === kConsumePrivate || ctx === kCreatePrivate) ? false : undefined;
    return {
      data: getArrayBufferOrView(data, 'key', encoding),
      ...parseKeyEncoding(key, undefined, isPublic),
    };
  }
  throw new ERR_INVALID_ARG_TYPE('key', getKeyTypes(ctx !== kCreatePrivate), key);
}

// What node's OpenSSL decoder throws for empty PEM input.
function emptyPemError() {
  const err = new Error('error:1E08010C:DECODER routines::unsupported');
  err.library = 'DECODER routines';
  err.reason = 'unsupported';
  err.code = 'ERR_OSSL_UNSUPPORTED';
  return err;
}

// The key handle for an operation: parses key material when needed. A
// private key is accepted wherever a public key is.
function keyHandleFor(key, ctx) {
  const prepared = prepareAsymmetricKey(key, ctx);
  if (prepared.format === undefined) return prepared.data;
  if (prepared.format === kKeyFormatPEM && prepared.data.byteLength === 0) {
    // OpenSSL's BIO refuses an empty buffer; node's decoder reports this.
    throw emptyPemError();
  }
  const mode = (ctx === kConsumePrivate || ctx === kCreatePrivate) ? 1 : 0;
  return binding.parseKey(mode, prepared.data, prepared.format, prepared.type,
                          prepared.passphrase);
}

// Handles for sign/verify/encrypt: the options object's extra members
// (padding, saltLength, ...) stay with the caller.
function preparePrivateKey(key) {
  return keyHandleFor(key, kConsumePrivate);
}

function preparePublicOrPrivateKey(key) {
  return keyHandleFor(key, kConsumePublic);
}

function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) {
    if (isKeyObject(key)) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return key[kHandle];
    }
    if (isCryptoKey(key)) {
      if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      return key[kKeyObject][kHandle];
    }
  }
  if (typeof key !== 'string' && !isArrayBufferView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE('key', getKeyTypes(!bufferOnly, bufferOnly), key);
  }
  return getArrayBufferOrView(key, 'key', encoding);
}

function createSecretKey(key, encoding) {
  key = prepareSecretKey(key, encoding, true);
  return new SecretKeyObject(binding.createSecretKey(key));
}

function createPublicKey(key) {
  let handle = keyHandleFor(key, kCreatePublic);
  if (binding.keyKind(handle) === 2) handle = binding.toPublic(handle);
  return new PublicKeyObject(handle);
}

function createPrivateKey(key) {
  const handle = keyHandleFor(key, kCreatePrivate);
  if (binding.keyKind(handle) !== 2) throw new ERR_CRYPTO_INVALID_JWK();
  return new PrivateKeyObject(handle);
}

function isKeyObject(obj) {
  return obj != null && obj[kKeyType] !== undefined && obj instanceof KeyObject;
}

// The bytes of a secret KeyObject or CryptoKey (undefined for anything
// else); the hash/cipher part of node:crypto uses it for keys.
// Asymmetric keys get node's ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE.
function getSecretKeyBytes(key) {
  if (isCryptoKey(key)) key = key[kKeyObject];
  if (!isKeyObject(key)) return undefined;
  if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
  return bufferFrom(binding.secretBytes(key[kHandle]));
}

// --- CryptoKey --------------------------------------------------------------------------

let lazyInspect;

class CryptoKey {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get type() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_ARG_TYPE('this', 'CryptoKey', this);
    return this[kKeyObject].type;
  }

  get extractable() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_ARG_TYPE('this', 'CryptoKey', this);
    return this[kExtractable];
  }

  get algorithm() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_ARG_TYPE('this', 'CryptoKey', this);
    return this[kAlgorithm];
  }

  get usages() {
    if (!isCryptoKey(this)) throw new ERR_INVALID_ARG_TYPE('this', 'CryptoKey', this);
    return this[kKeyUsages];
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    lazyInspect ??= require('internal/util/inspect').inspect;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `CryptoKey ${lazyInspect({
      type: this.type,
      extractable: this.extractable,
      algorithm: this.algorithm,
      usages: this.usages,
    }, opts)}`;
  }
}

for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  const d = Object.getOwnPropertyDescriptor(CryptoKey.prototype, name);
  d.enumerable = true;
  Object.defineProperty(CryptoKey.prototype, name, d);
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, {
  value: 'CryptoKey', writable: false, enumerable: false, configurable: true,
});

// The only way to make a CryptoKey: internal code calls this.
class InternalCryptoKey {
  constructor(keyObject, algorithm, keyUsages, extractable) {
    this[kKeyObject] = keyObject;
    this[kAlgorithm] = algorithm;
    this[kExtractable] = extractable;
    this[kKeyUsages] = keyUsages;
  }
}
InternalCryptoKey.prototype.constructor = CryptoKey;
Object.setPrototypeOf(InternalCryptoKey.prototype, CryptoKey.prototype);

function isCryptoKey(obj) {
  return obj != null && obj[kKeyObject] !== undefined;
}

module.exports = {
  binding,
  kKeyFormatPEM,
  kKeyFormatDER,
  kKeyFormatJWK,
  kKeyEncodingPKCS1,
  kKeyEncodingPKCS8,
  kKeyEncodingSPKI,
  kKeyEncodingSEC1,
  kConsumePublic,
  kConsumePrivate,
  kCreatePublic,
  kCreatePrivate,
  kAlgorithm,
  kExtractable,
  kKeyUsages,
  KeyObject,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  CryptoKey,
  InternalCryptoKey,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  keyObjectFromHandle,
  parseKeyEncoding,
  parsePublicKeyEncoding,
  parsePrivateKeyEncoding,
  prepareAsymmetricKey,
  preparePrivateKey,
  preparePublicOrPrivateKey,
  prepareSecretKey,
  getArrayBufferOrView,
  getSecretKeyBytes,
  isKeyObject,
  isCryptoKey,
  isStringOrBuffer,
  bufferFrom,
  bytesToBigInt,
  exportAsymmetricJwk,
  handleFromJwk,
};

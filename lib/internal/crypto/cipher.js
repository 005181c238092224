// eddy: symmetric ciphers (node's lib/internal/crypto/cipher.js):
// Cipher/Decipher (deprecated, keyed from a password), Cipheriv/Decipheriv,
// getCiphers and getCipherInfo. Each object is a LazyTransform around a
// CipherBase handle from the binding; text output goes through a
// StringDecoder so multi-byte characters and base64 groups are not split
// between update() calls.
'use strict';

const {
  binding,
  kHandle,
  getArrayBufferOrView,
  prepareSecretKey,
  stringToBytes,
  validateEncoding,
  isArrayBufferView,
  normalizeEncoding,
  codedError,
} = require('internal/crypto/util');
const LazyTransform = require('internal/crypto/lazy_transform');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_INVALID_STATE,
    ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateInt32, validateObject, validateString } = require('internal/validators');

const { CipherBase } = binding;

// Status codes from the binding (CipherStatus in crypto_cipher.cc).
const kUnknownCipher = -1;
const kInvalidIv = -2;
const kInvalidKeyLength = -3;
const kInvalidAuthTag = -4;
const kAuthTagRequired = -5;
const kInvalidMessageLength = -6;
const kMissingPlaintextLength = -7;
const kCcmFipsDecrypt = -8;

function statusError(status, cipher, authTagLength) {
  switch (status) {
    case kUnknownCipher:
      return codedError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    case kInvalidIv:
      return codedError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
    case kInvalidKeyLength:
      return codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
    case kInvalidAuthTag:
      return codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG',
                        `Invalid authentication tag length: ${authTagLength}`);
    case kAuthTagRequired:
      return codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG',
                        `authTagLength required for ${cipher}`);
    case kInvalidMessageLength:
      return codedError(RangeError, 'ERR_CRYPTO_INVALID_MESSAGELEN', 'Invalid message length');
    case kMissingPlaintextLength:
      return codedError(TypeError, 'ERR_MISSING_ARGS',
                        'options.plaintextLength required for CCM mode with AAD');
    case kCcmFipsDecrypt:
      return codedError(Error, 'ERR_CRYPTO_UNSUPPORTED_OPERATION',
                        'CCM encryption not supported in FIPS mode');
    default:
      return new Error(`Cipher operation failed (${status})`);
  }
}

function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, value);
    return value;
  }
  return -1;
}

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}

function initHandle(self, cipher, key, options, decipher, iv) {
  const authTagLength = getUIntOption(options, 'authTagLength');
  const handle = new CipherBase(!decipher);
  const status = iv === undefined ?
    handle.init(cipher, key, authTagLength) :
    handle.initiv(cipher, key, iv, authTagLength);
  if (status !== 0) throw statusError(status, cipher, authTagLength);
  self[kHandle] = handle;
  self._decoder = null;
  self._options = options;
}

function createCipher(self, cipher, password, options, decipher) {
  validateString(cipher, 'cipher');
  password = getArrayBufferOrView(password, 'password');
  initHandle(self, cipher, password, options, decipher, undefined);
}

function createCipherWithIV(self, cipher, key, options, decipher, iv) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  initHandle(self, cipher, key, options, decipher, iv);
}

let StringDecoder;
function getDecoder(decoder, encoding) {
  const normalized = normalizeEncoding(encoding);
  if (StringDecoder === undefined) StringDecoder = require('string_decoder').StringDecoder;
  decoder = decoder || new StringDecoder(encoding);
  if (decoder.encoding !== normalized) {
    if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    // What node says when the output encoding changes midstream.
    throw new ERR_INTERNAL_ASSERTION('Cannot change encoding');
  }
  return decoder;
}

// --- shared prototype methods ---------------------------------------------------

function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    validateEncoding(data, inputEncoding);
    data = stringToBytes(data, inputEncoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const r = this[kHandle].update(data);
  if (typeof r === 'number') throw statusError(r);
  const ret = new FastBuffer(r);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(ret);
  }
  return ret;
}

function final(outputEncoding) {
  const ret = new FastBuffer(this[kHandle].final());
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(ret);
  }
  return ret;
}

function setAutoPadding(ap) {
  if (!this[kHandle].setAutoPadding(!!ap)) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  return this;
}

function getAuthTag() {
  const ret = this[kHandle].getAuthTag();
  if (ret === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return new FastBuffer(ret);
}

function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  if (typeof tagbuf === 'string') tagbuf = require('buffer').Buffer.from(tagbuf, 'utf8');
  const r = this[kHandle].setAuthTag(tagbuf);
  if (r === kInvalidAuthTag) throw statusError(r, undefined, tagbuf.byteLength);
  if (!r) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = getStringOption(options, 'encoding');
  const plaintextLength = getUIntOption(options, 'plaintextLength');
  aadbuf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
  const r = this[kHandle].setAAD(aadbuf, plaintextLength);
  if (typeof r === 'number') throw statusError(r);
  if (!r) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  return this;
}

function _transform(chunk, encoding, callback) {
  if (typeof chunk === 'string') chunk = stringToBytes(chunk, encoding);
  const r = this[kHandle].update(chunk);
  if (typeof r === 'number') throw statusError(r);
  this.push(new FastBuffer(r));
  callback();
}

function _flush(callback) {
  try {
    this.push(this.final());
  } catch (e) {
    callback(e);
    return;
  }
  callback();
}

function addMethods(ctor, { authTagGetter, authTagSetter }) {
  Object.setPrototypeOf(ctor.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(ctor, LazyTransform);
  ctor.prototype._transform = _transform;
  ctor.prototype._flush = _flush;
  ctor.prototype.update = update;
  ctor.prototype.final = final;
  ctor.prototype.setAutoPadding = setAutoPadding;
  if (authTagGetter) ctor.prototype.getAuthTag = getAuthTag;
  if (authTagSetter) ctor.prototype.setAuthTag = setAuthTag;
  ctor.prototype.setAAD = setAAD;
}

// --- the four classes -------------------------------------------------------------

function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  createCipher(this, cipher, password, options, false);
}
addMethods(Cipher, { authTagGetter: true, authTagSetter: true });

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  createCipherWithIV(this, cipher, key, options, false, iv);
}
addMethods(Cipheriv, { authTagGetter: true, authTagSetter: false });

function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  createCipher(this, cipher, password, options, true);
}
addMethods(Decipher, { authTagGetter: false, authTagSetter: true });

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  createCipherWithIV(this, cipher, key, options, true, iv);
}
addMethods(Decipheriv, { authTagGetter: false, authTagSetter: true });

// --- lists and info -----------------------------------------------------------------

let ciphers;
function getCiphers() {
  if (ciphers === undefined) ciphers = binding.getCiphers();
  return ciphers.slice();
}

let curves;
function getCurves() {
  if (curves === undefined) curves = binding.getCurves();
  return curves.slice();
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength, ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  const ret = binding.getCipherInfo({}, nameOrNid, keyLength, ivLength);
  if (ret !== undefined) {
    if (ret.name) ret.name = ret.name.toLowerCase();
    if (ret.type) ret.type = ret.type.toLowerCase();
  }
  return ret;
}

module.exports = {
  Cipher,
  Cipheriv,
  Decipher,
  Decipheriv,
  getCiphers,
  getCurves,
  getCipherInfo,
};

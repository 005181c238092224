// eddy: Hash, Hmac and crypto.hash (node's lib/internal/crypto/hash.js).
//
// Fast path: createHash(a).update(text).digest(e) is the common use, so a
// Hash holds the first string it is given and, if digest() follows, the
// binding hashes it in one call (hashOneShot) without creating a native
// handle. A second update, a non-string update, copy() or stream use
// creates the handle and feeds it what was held. Strings are immutable, so
// holding one is safe; bytes are hashed at once because the caller may
// reuse the buffer. Hmac does the same (hmacOneShot), holding its key as
// given when it is a string, else as a string snapshot of the key bytes
// (binding.keySnapshot), since the key must be read at creation.
'use strict';

const {
  binding,
  kHandle,
  getDigestId,
  getDigestInfo,
  normalizeEncoding,
  outputEncodingId,
  encodeResult,
  stringToBytes,
  validateEncoding,
  isArrayBufferView,
  prepareSecretKey,
  codedError,
  kOutBuffer,
} = require('internal/crypto/util');
const LazyTransform = require('internal/crypto/lazy_transform');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_HASH_UPDATE_FAILED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateString, validateUint32 } = require('internal/validators');

const { Hash: NativeHash, Hmac: NativeHmac, hashOneShot, hmacOneShot, keySnapshot } = binding;

const kAlgorithm = Symbol('kAlgorithm');
const kXofLen = Symbol('kXofLen');
const kPending = Symbol('kPending');
const kKey = Symbol('kKey');
const kKeyLatin1 = Symbol('kKeyLatin1');
const kFinalized = Symbol('kFinalized');

const kNoPending = undefined;

function invalidData(data) {
  return new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// The data of update(data, encoding) as the binding takes it.
function updateData(data, encoding) {
  if (typeof data === 'string') {
    if (encoding === undefined) return data;
    validateEncoding(data, encoding);
    return stringToBytes(data, encoding);
  }
  if (!isArrayBufferView(data)) throw invalidData(data);
  return data;
}

// --- Hash ----------------------------------------------------------------------

function digestNotSupported() {
  return new Error('Digest method not supported');
}

function xofLengthOf(options) {
  if (options === null || typeof options !== 'object') return -1;
  const len = options.outputLength;
  if (len === undefined) return -1;
  validateUint32(len, 'options.outputLength');
  return len;
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  validateString(algorithm, 'algorithm');
  const xofLen = xofLengthOf(options);
  const id = getDigestId(algorithm);
  if (id < 0) throw digestNotSupported();
  this[kAlgorithm] = id;
  this[kXofLen] = xofLen;
  this[kPending] = kNoPending;
  this[kFinalized] = false;
  this[kHandle] = null;
  // Digests with no provider, or an output length the digest cannot give,
  // fail when the native handle is made: make it now so they throw here.
  const info = getDigestInfo(id);
  if (!info.usable || (xofLen >= 0 && !info.xof && xofLen !== info.size)) {
    this[kHandle] = new NativeHash(id, xofLen);
  }
  this._options = options;
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

// The native handle, made on demand and fed the held string.
function hashHandle(hash) {
  let h = hash[kHandle];
  if (h === null) {
    h = hash[kHandle] = new NativeHash(hash[kAlgorithm], hash[kXofLen]);
    const pending = hash[kPending];
    if (pending !== kNoPending) {
      hash[kPending] = kNoPending;
      if (!h.update(pending)) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
    }
  }
  return h;
}

Hash.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  data = updateData(data, encoding);
  if (this[kHandle] === null && this[kPending] === kNoPending && typeof data === 'string') {
    this[kPending] = data;
    return this;
  }
  if (!hashHandle(this).update(data)) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  this[kFinalized] = true;
  const enc = outputEncodingId(outputEncoding);
  const h = this[kHandle];
  let result;
  if (h === null) {
    const pending = this[kPending];
    this[kPending] = kNoPending;
    result = hashOneShot(this[kAlgorithm], pending === kNoPending ? '' : pending, enc,
                         this[kXofLen]);
  } else {
    result = h.digest(enc);
  }
  return enc === kOutBuffer ? encodeResult(result, outputEncoding) : result;
};

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const xofLen = xofLengthOf(options);
  const c = Object.create(Hash.prototype);
  c[kAlgorithm] = this[kAlgorithm];
  c[kXofLen] = xofLen;
  c[kPending] = kNoPending;
  c[kFinalized] = false;
  c[kHandle] = hashHandle(this).copy(xofLen);
  c._options = options;
  return c;
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

// --- Hmac ----------------------------------------------------------------------

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  let encoding;
  if (options !== null && typeof options === 'object' && options.encoding != null) {
    encoding = options.encoding;
    validateString(encoding, 'options.encoding');
  }
  key = prepareSecretKey(key, encoding);
  const id = getDigestId(hmac);
  if (id < 0) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hmac}`);
  this[kAlgorithm] = id;
  this[kPending] = kNoPending;
  this[kFinalized] = false;
  const info = getDigestInfo(id);
  if (info.usable && !info.xof) {
    // Keyed when needed: a string as is (strings cannot change meanwhile),
    // bytes as a snapshot string of them. XOF digests cannot key an HMAC:
    // made now, they throw here as in node.
    if (typeof key === 'string') {
      this[kKey] = key;
      this[kKeyLatin1] = false;
    } else {
      this[kKey] = keySnapshot(key);
      this[kKeyLatin1] = true;
    }
    this[kHandle] = null;
  } else {
    this[kKey] = undefined;
    this[kKeyLatin1] = false;
    this[kHandle] = new NativeHmac(id, key, false);
  }
  this._options = options;
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

function hmacHandle(hmac) {
  let h = hmac[kHandle];
  if (h === null) {
    h = hmac[kHandle] = new NativeHmac(hmac[kAlgorithm], hmac[kKey], hmac[kKeyLatin1]);
    hmac[kKey] = undefined;
    const pending = hmac[kPending];
    if (pending !== kNoPending) {
      hmac[kPending] = kNoPending;
      if (!h.update(pending)) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
    }
  }
  return h;
}

Hmac.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  data = updateData(data, encoding);
  if (this[kHandle] === null && this[kPending] === kNoPending && typeof data === 'string') {
    this[kPending] = data;
    return this;
  }
  if (!hmacHandle(this).update(data)) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
};

Hmac.prototype.digest = function digest(outputEncoding) {
  const enc = outputEncodingId(outputEncoding);
  if (this[kFinalized]) {
    // node: a second digest() gives empty output.
    return enc === kOutBuffer ? encodeResult(new ArrayBuffer(0), outputEncoding) : '';
  }
  this[kFinalized] = true;
  const h = this[kHandle];
  let result;
  if (h === null) {
    const pending = this[kPending];
    this[kPending] = kNoPending;
    result = hmacOneShot(this[kAlgorithm], this[kKey],
                         pending === kNoPending ? '' : pending, enc, this[kKeyLatin1]);
    this[kKey] = undefined;
  } else {
    result = h.digest(enc);
  }
  return enc === kOutBuffer ? encodeResult(result, outputEncoding) : result;
};

Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

// --- crypto.hash ---------------------------------------------------------------

function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'buffer') {
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined) {
      throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    }
  }
  const id = getDigestId(algorithm);
  if (id < 0 || !getDigestInfo(id).usable) {
    throw new Error(`Digest method ${algorithm} is not supported`);
  }
  const enc = outputEncodingId(normalized);
  const result = hashOneShot(id, input, enc, -1);
  return enc === kOutBuffer ? encodeResult(result, normalized) : result;
}

module.exports = {
  Hash,
  Hmac,
  hash,
};

// eddy: key derivation (node's lib/internal/crypto/pbkdf2.js, scrypt.js and
// hkdf.js): pbkdf2(Sync), scrypt(Sync), hkdf(Sync). Arguments are checked
// here with node's errors; the binding derives, synchronously or on the
// thread pool (`job.ondone(err, arrayBuffer)`).
'use strict';

const {
  binding,
  getDigestId,
  getDigestInfo,
  getArrayBufferOrView,
  isAnyArrayBuffer,
  isArrayBufferView,
  prepareSecretKey,
  codedError,
} = require('internal/crypto/util');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInt32,
  validateInteger,
  validateString,
  validateUint32,
} = require('internal/validators');

function digestIdOrThrow(digest) {
  const id = getDigestId(digest);
  if (id < 0) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
  return id;
}

function bufferResult(callback) {
  return {
    ondone(err, ab) {
      if (err) return callback(err);
      callback(null, new FastBuffer(ab));
    },
  };
}

// --- PBKDF2 ------------------------------------------------------------------------

function checkPbkdf2(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const a = checkPbkdf2(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  binding.pbkdf2(a.password, a.salt, a.iterations, a.keylen, digestIdOrThrow(a.digest),
                 bufferResult(callback));
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const a = checkPbkdf2(password, salt, iterations, keylen, digest);
  return new FastBuffer(binding.pbkdf2(a.password, a.salt, a.iterations, a.keylen,
                                       digestIdOrThrow(a.digest)));
}

// --- scrypt ------------------------------------------------------------------------

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// One scrypt parameter under its name or its alias (not both).
function scryptParam(options, name, alias, value) {
  const hasName = options[name] !== undefined;
  if (hasName) {
    value = options[name];
    validateUint32(value, name);
  }
  if (options[alias] !== undefined) {
    if (hasName) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
    value = options[alias];
    validateUint32(value, alias);
  }
  return value;
}

function checkScrypt(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    N = scryptParam(options, 'N', 'cost', N);
    r = scryptParam(options, 'r', 'blockSize', r);
    p = scryptParam(options, 'p', 'parallelization', p);
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  const problem = binding.checkScrypt(N, r, p, maxmem);
  if (problem !== undefined) {
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
                     problem === '' ? 'Invalid scrypt params' : `Invalid scrypt params: ${problem}`);
  }
  return { password, salt, keylen, N, r, p, maxmem };
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const a = checkScrypt(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(a.password, a.salt, a.N, a.r, a.p, a.maxmem, a.keylen,
                 bufferResult(callback));
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  const a = checkScrypt(password, salt, keylen, options);
  return new FastBuffer(binding.scrypt(a.password, a.salt, a.N, a.r, a.p, a.maxmem, a.keylen));
}

// --- HKDF --------------------------------------------------------------------------

const kMaxLength = 2 ** 32;

function hkdfByteSource(value, name) {
  if (typeof value === 'string' || isAnyArrayBuffer(value) || isArrayBufferView(value)) {
    return value;
  }
  throw new ERR_INVALID_ARG_TYPE(
    name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], value);
}

function hkdfKey(key) {
  try {
    return prepareSecretKey(key, undefined, 'ikm');
  } catch (err) {
    if (err && err.code === 'ERR_INVALID_ARG_TYPE') {
      throw new ERR_INVALID_ARG_TYPE(
        'ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'],
        key);
    }
    throw err;
  }
}

function byteLengthOf(value) {
  return typeof value === 'string' ? require('buffer').Buffer.byteLength(value) : value.byteLength;
}

function checkHkdf(hash, key, salt, info, length) {
  validateString(hash, 'digest');
  key = hkdfKey(key);
  salt = hkdfByteSource(salt, 'salt');
  info = hkdfByteSource(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  const infoLength = byteLengthOf(info);
  if (infoLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', infoLength);
  }
  return { hash, key, salt, info, length };
}

// The digest id, checked against the requested length (node's HKDFJob).
function hkdfDigest(hash, length) {
  const id = digestIdOrThrow(hash);
  if (length > 255 * getDigestInfo(id).size) {
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  }
  return id;
}

function hkdf(hash, key, salt, info, length, callback) {
  const a = checkHkdf(hash, key, salt, info, length);
  validateFunction(callback, 'callback');
  binding.hkdf(hkdfDigest(a.hash, a.length), a.key, a.salt, a.info, a.length, {
    ondone(err, ab) {
      if (err) return callback(err);
      callback(null, ab);
    },
  });
}

function hkdfSync(hash, key, salt, info, length) {
  const a = checkHkdf(hash, key, salt, info, length);
  return binding.hkdf(hkdfDigest(a.hash, a.length), a.key, a.salt, a.info, a.length);
}

module.exports = {
  pbkdf2,
  pbkdf2Sync,
  scrypt,
  scryptSync,
  hkdf,
  hkdfSync,
};

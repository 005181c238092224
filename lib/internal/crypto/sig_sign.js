// eddy: Sign, Verify and the one-shot crypto.sign/crypto.verify (node's
// lib/internal/crypto/sig.js). Sign and Verify are Writable streams hashing
// what they are given in the binding; the key, RSA padding and salt length
// and the DSA signature encoding are applied when signing or verifying.
'use strict';

const {
  codes: {
    ERR_CRYPTO_SIGN_KEY_REQUIRED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const {
  binding,
  preparePrivateKey,
  preparePublicOrPrivateKey,
  getArrayBufferOrView,
  bufferFrom,
} = require('internal/crypto/keys_object');
const { isArrayBufferView } = require('internal/util/types');
const { kHandle } = require('internal/crypto/util');

const kSigEncDER = 0;
const kSigEncP1363 = 1;

let lazyWritable;
function Writable() {
  lazyWritable ??= require('stream').Writable;
  return lazyWritable;
}

function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

function getIntOption(name, options) {
  const value = options[name];
  if (value !== undefined) {
    if (value === value >> 0) return value;
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, value);
  }
  return undefined;
}

function getDSASignatureEncoding(options) {
  if (typeof options === 'object') {
    const { dsaEncoding = 'der' } = options;
    if (dsaEncoding === 'der') return kSigEncDER;
    if (dsaEncoding === 'ieee-p1363') return kSigEncP1363;
    throw new ERR_INVALID_ARG_VALUE('options.dsaEncoding', dsaEncoding);
  }
  return kSigEncDER;
}

function updateData(handle, data, encoding) {
  if (typeof data === 'string') {
    const { validateEncoding } = require('internal/crypto/util');
    validateEncoding(data, encoding);
    data = getArrayBufferOrView(data, 'data', encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  binding.signUpdate(handle, data);
}

function initHandle(algorithm) {
  validateString(algorithm, 'algorithm');
  const handle = binding.signInit(algorithm);
  if (handle === null) {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  }
  return handle;
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  setUpPrototypes();
  this[kHandle] = initHandle(algorithm);
  Reflect.apply(Writable(), this, [options]);
}

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  setUpPrototypes();
  this[kHandle] = initHandle(algorithm);
  Reflect.apply(Writable(), this, [options]);
}

let prototypesReady = false;
// Sign and Verify inherit from Writable, loaded on first use.
function setUpPrototypes() {
  if (prototypesReady) return;
  prototypesReady = true;
  const W = Writable();
  for (const C of [Sign, Verify]) {
    Object.setPrototypeOf(C.prototype, W.prototype);
    Object.setPrototypeOf(C, W);
  }
}

function write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
}

function update(data, encoding) {
  updateData(this[kHandle], data, encoding || 'buffer');
  return this;
}

Sign.prototype._write = write;
Sign.prototype.update = update;
Verify.prototype._write = write;
Verify.prototype.update = update;

Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const key = preparePrivateKey(options);
  const padding = getIntOption('padding', options);
  const saltLength = getIntOption('saltLength', options);
  const dsaEncoding = getDSASignatureEncoding(options);
  const ret = bufferFrom(binding.signFinal(this[kHandle], key, padding, saltLength,
                                           dsaEncoding));
  encoding = encoding || 'buffer';
  if (encoding && encoding !== 'buffer') return ret.toString(encoding);
  return ret;
};

Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  const key = preparePublicOrPrivateKey(options);
  sigEncoding = sigEncoding || 'buffer';
  const padding = getIntOption('padding', options);
  const saltLength = getIntOption('saltLength', options);
  const dsaEncoding = getDSASignatureEncoding(options);
  signature = getArrayBufferOrView(signature, 'signature', sigEncoding);
  return binding.verifyFinal(this[kHandle], key, signature, padding, saltLength, dsaEncoding);
};

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

// The one-shot forms; with a callback they run on the thread pool.
function signOneShot(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!key) throw new ERR_CRYPTO_SIGN_KEY_REQUIRED();
  const padding = getIntOption('padding', key);
  const saltLength = getIntOption('saltLength', key);
  const dsaEncoding = getDSASignatureEncoding(key);
  const handle = preparePrivateKey(key);
  if (!callback) {
    return bufferFrom(binding.signOneShot(handle, algorithm, data, padding, saltLength,
                                          dsaEncoding));
  }
  binding.signOneShot(handle, algorithm, data, padding, saltLength, dsaEncoding, {
    oncomplete(err, signature) {
      if (err) return callback(err);
      callback(null, bufferFrom(signature));
    },
  });
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView'], data);
  }
  const padding = getIntOption('padding', key);
  const saltLength = getIntOption('saltLength', key);
  const dsaEncoding = getDSASignatureEncoding(key);
  if (!isArrayBufferView(signature)) {
    throw new ERR_INVALID_ARG_TYPE('signature', ['Buffer', 'TypedArray', 'DataView'], signature);
  }
  const handle = preparePublicOrPrivateKey(key);
  if (!callback) {
    return binding.verifyOneShot(handle, algorithm, data, signature, padding, saltLength,
                                 dsaEncoding);
  }
  binding.verifyOneShot(handle, algorithm, data, signature, padding, saltLength, dsaEncoding, {
    oncomplete(err, result) {
      if (err) return callback(err);
      callback(null, result);
    },
  });
}

module.exports = {
  Sign,
  Verify,
  createSign,
  createVerify,
  signOneShot,
  verifyOneShot,
  setUpPrototypes,
};

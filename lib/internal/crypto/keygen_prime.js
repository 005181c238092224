// eddy: crypto.generatePrime(Sync) and crypto.checkPrime(Sync) (node's
// lib/internal/crypto/random.js, prime half). Candidates and options.add /
// options.rem travel as big-endian bytes; BigInts are converted here.
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInt32,
  validateObject,
} = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { binding, bytesToBigInt } = require('internal/crypto/keys_object');

const kTypes = ['ArrayBuffer', 'TypedArray', 'Buffer', 'DataView', 'bigint'];

function unsignedBigIntToBuffer(bigint, name) {
  if (bigint < 0) throw new ERR_OUT_OF_RANGE(name, '>= 0', bigint);
  const hex = bigint.toString(16);
  const padded = hex.length % 2 ? `0${hex}` : hex;
  return require('buffer').Buffer.from(padded, 'hex');
}

function bytesOf(v) {
  return isAnyArrayBuffer(v) ? new Uint8Array(v) : new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function bitLength(v) {
  const b = bytesOf(v);
  let i = 0;
  while (i < b.length && b[i] === 0) i++;
  if (i === b.length) return 0;
  return (b.length - i - 1) * 8 + (32 - Math.clz32(b[i]));
}

function prepareJob(size, options) {
  validateObject(options, 'options');
  const { safe = false, bigint = false } = options;
  let { add, rem } = options;
  validateBoolean(safe, 'options.safe');
  validateBoolean(bigint, 'options.bigint');
  if (add !== undefined) {
    if (typeof add === 'bigint') add = unsignedBigIntToBuffer(add, 'options.add');
    else if (!isAnyArrayBuffer(add) && !isArrayBufferView(add)) {
      throw new ERR_INVALID_ARG_TYPE('options.add', kTypes, add);
    }
  }
  if (rem !== undefined) {
    if (typeof rem === 'bigint') rem = unsignedBigIntToBuffer(rem, 'options.rem');
    else if (!isAnyArrayBuffer(rem) && !isArrayBufferView(rem)) {
      throw new ERR_INVALID_ARG_TYPE('options.rem', kTypes, rem);
    }
  }
  if (add !== undefined) {
    if (bitLength(add) > size) {
      const err = new RangeError('invalid options.add');
      err.code = 'ERR_OUT_OF_RANGE';
      throw err;
    }
    if (rem !== undefined && bytesToBigInt(bytesOf(add)) <= bytesToBigInt(bytesOf(rem))) {
      const err = new RangeError('invalid options.rem');
      err.code = 'ERR_OUT_OF_RANGE';
      throw err;
    }
  }
  return { add, rem, safe, result: bigint ? bytesToBigInt : (p) => p };
}

function generatePrime(size, options, callback) {
  validateInt32(size, 'size', 1);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const job = prepareJob(size, options === undefined ? {} : options);
  binding.generatePrime(size, job.safe, job.add, job.rem, {
    oncomplete(err, prime) {
      if (err) return callback(err);
      callback(undefined, job.result(prime));
    },
  });
}

function generatePrimeSync(size, options = {}) {
  validateInt32(size, 'size', 1);
  const job = prepareJob(size, options);
  return job.result(binding.generatePrime(size, job.safe, job.add, job.rem));
}

function prepareCandidate(candidate) {
  if (typeof candidate === 'bigint') return unsignedBigIntToBuffer(candidate, 'candidate');
  if (!isAnyArrayBuffer(candidate) && !isArrayBufferView(candidate)) {
    throw new ERR_INVALID_ARG_TYPE('candidate', kTypes, candidate);
  }
  return candidate;
}

function checkPrime(candidate, options = {}, callback) {
  candidate = prepareCandidate(candidate);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  binding.checkPrime(candidate, checks, {
    oncomplete(err, result) {
      if (err) return callback(err);
      callback(undefined, result);
    },
  });
}

function checkPrimeSync(candidate, options = {}) {
  candidate = prepareCandidate(candidate);
  validateObject(options, 'options');
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0);
  return binding.checkPrime(candidate, checks);
}

module.exports = {
  generatePrime,
  generatePrimeSync,
  checkPrime,
  checkPrimeSync,
};

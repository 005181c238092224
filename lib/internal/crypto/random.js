// eddy: randomness (node's lib/internal/crypto/random.js): randomBytes,
// randomFill(Sync), randomInt, randomUUID and getRandomValues. Bytes come
// from OpenSSL's RAND_bytes; asynchronous forms fill on the thread pool.
'use strict';

const { binding, isAnyArrayBuffer, isArrayBufferView, lazyDOMException } =
  require('internal/crypto/util');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateNumber, validateObject } =
  require('internal/validators');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = kMaxInt32;

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function validateRandomBytesSize(size) {
  validateNumber(size, 'size', 0, kMaxInt32);
}

// A thread-pool request: `ondone(err, arrayBuffer)` runs on completion.
function startJob(size, ondone) {
  const job = { ondone };
  binding.randomBytesJob(size, job);
}

function randomBytes(size, callback) {
  validateRandomBytesSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  size = Math.floor(size);
  if (callback === undefined) {
    const buf = new FastBuffer(size);
    binding.randomFillSync(buf, 0, size);
    return buf;
  }
  startJob(size, (err, ab) => {
    if (err) return callback(err);
    callback(null, new FastBuffer(ab));
  });
}

function bytesOf(buf) {
  if (isArrayBufferView(buf)) return buf;
  return new Uint8Array(buf);
}

function validateBuffer(buf) {
  if (!isArrayBufferView(buf) && !isAnyArrayBuffer(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function randomFillSync(buf, offset = 0, size) {
  validateBuffer(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size > 0) binding.randomFillSync(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  validateBuffer(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) {
      size = buf.byteLength - offset;
    } else {
      size = assertSize(size, elementSize, offset, buf.byteLength);
    }
  }
  startJob(size, (err, ab) => {
    if (err) return callback(err);
    const view = bytesOf(buf);
    // The buffer may have been detached or shrunk meanwhile.
    const start = view.byteOffset + offset;
    if (view.buffer.byteLength >= start + ab.byteLength) {
      new Uint8Array(view.buffer, start, ab.byteLength).set(new Uint8Array(ab));
    }
    callback(null, buf);
  });
}

// --- randomInt -------------------------------------------------------------------

// The largest value six random bytes give.
const RAND_MAX = 0xFFFF_FFFF_FFFF;

// Six-byte values come from a shared cache of random bytes, refilled
// synchronously by sync calls and on the thread pool for callback calls
// that find it empty (node does the same: a callback call that finds
// cached bytes gets its number on the next tick).
const kRandomCacheSize = 6 * 1024;
let randomCache;
let randomCacheOffset = kRandomCacheSize;
let refillInProgress = false;
const waitingForRefill = [];

function refillRandomIntCache() {
  if (refillInProgress) return;
  refillInProgress = true;
  startJob(kRandomCacheSize, (err, ab) => {
    refillInProgress = false;
    const tasks = waitingForRefill.splice(0);
    let failed;
    if (err) {
      failed = tasks.shift();
    } else {
      if (randomCache === undefined) randomCache = new FastBuffer(kRandomCacheSize);
      randomCache.set(new Uint8Array(ab));
      randomCacheOffset = 0;
    }
    // Every other waiting call starts again; one learns about an error.
    for (const t of tasks) randomInt(t.min, t.max, t.callback);
    if (failed) failed.callback(err);
  });
}

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) {
    throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  }
  if (!Number.isSafeInteger(max)) {
    throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  }
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`,
                               `<= ${RAND_MAX}`, range);
  }
  // x % range is unbiased for x below the largest multiple of range.
  const randLimit = RAND_MAX - (RAND_MAX % range);
  while (isSync || randomCacheOffset < kRandomCacheSize) {
    if (randomCacheOffset === kRandomCacheSize) {
      if (randomCache === undefined) randomCache = new FastBuffer(kRandomCacheSize);
      binding.randomFillSync(randomCache, 0, kRandomCacheSize);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  waitingForRefill.push({ min, max, callback });
  refillRandomIntCache();
}

// --- randomUUID ------------------------------------------------------------------

// UUIDs come sixteen to a string from the binding (formatted from cached
// random bytes, as node caches them); each call returns the next
// 36-character slice, which the engine shares with the batch string.
const kUuidBatchChars = 36 * 16;
let uuidBatch = '';
let uuidOffset = kUuidBatchChars;

function randomUUID(options) {
  if (options !== undefined) {
    validateObject(options, 'options');
    const { disableEntropyCache = false } = options;
    validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
    if (disableEntropyCache) return binding.randomUUID();
  }
  if (uuidOffset === kUuidBatchChars) {
    uuidBatch = binding.randomUUIDBatch();
    uuidOffset = 0;
  }
  const start = uuidOffset;
  uuidOffset = start + 36;
  return uuidBatch.substring(start, start + 36);
}

// --- getRandomValues ---------------------------------------------------------------

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag =
  Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const kIntegerArrays = new Set([
  'Int8Array', 'Int16Array', 'Int32Array', 'Uint8Array', 'Uint16Array', 'Uint32Array',
  'Uint8ClampedArray', 'BigInt64Array', 'BigUint64Array',
]);

// WebCrypto's getRandomValues: integer typed arrays of at most 65536 bytes,
// filled in place.
function getRandomValues(data) {
  const tag = ArrayBuffer.isView(data) ? getTypedArrayTag.call(data) : undefined;
  if (tag === undefined || !kIntegerArrays.has(tag)) {
    throw lazyDOMException('The data argument must be an integer-type TypedArray',
                           'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw lazyDOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  if (data.byteLength > 0) binding.randomFillSync(data, 0, data.byteLength);
  return data;
}

module.exports = {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
};

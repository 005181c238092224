// eddy: helpers shared by lib/internal/crypto/ (node's
// lib/internal/crypto/util.js): the binding, digest ids, encodings, byte and
// key arguments, and errors with node's free-form messages.
'use strict';

const binding = internalBinding('crypto');
const { FastBuffer } = require('internal/buffer');
// FastBuffer gets Buffer.prototype's methods from node:buffer, which crypto
// cannot count on anyone else having loaded (stream no longer comes along).
require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');

const kHandle = Symbol('kHandle');
const kKeyObject = Symbol('kKeyObject');

// --- digests ------------------------------------------------------------------

// name -> id in the binding's digest table (-1: unknown). Names are looked
// up as given; OpenSSL matches them without regard to case.
const digestIds = new Map();

function getDigestId(name) {
  let id = digestIds.get(name);
  if (id === undefined) {
    id = binding.digestId(name);
    digestIds.set(name, id);
  }
  return id;
}

// id -> { size, blockSize, xof, usable }
const digestInfos = [];

function getDigestInfo(id) {
  let info = digestInfos[id];
  if (info === undefined) {
    const r = binding.digestInfo(id);
    info = r === undefined ? null :
      { size: r[0], blockSize: r[1], xof: r[2], usable: r[3] };
    digestInfos[id] = info;
  }
  return info;
}

// --- encodings ------------------------------------------------------------------

const kEncodings = {
  __proto__: null,
  utf8: 'utf8', 'utf-8': 'utf8',
  hex: 'hex',
  base64: 'base64', base64url: 'base64url',
  latin1: 'latin1', binary: 'latin1',
  ascii: 'ascii',
  ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
};

// node's normalizeEncoding: the canonical name, or undefined.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  const n = kEncodings[enc];
  if (n !== undefined) return n;
  if (enc === 'buffer') return undefined;
  return kEncodings[enc.toLowerCase()];
}

// Output encodings the binding writes itself (see OutEncoding in
// src/bindings/crypto/crypto_util.h); others come back as bytes that
// Buffer#toString converts.
const kOutBuffer = 0;
const kOutIds = {
  __proto__: null, hex: 1, base64: 2, base64url: 3, latin1: 4, binary: 4,
};

function outputEncodingId(enc) {
  if (!enc || enc === 'buffer') return kOutBuffer;
  const id = kOutIds[enc];
  if (id !== undefined) return id;
  const n = normalizeEncoding(enc);
  return n === undefined ? kOutBuffer : (kOutIds[n] ?? kOutBuffer);
}

// The binding's result for an output encoding: a string as is, bytes as a
// Buffer or converted to the requested text encoding. Unknown encodings give
// a Buffer, as node does.
function encodeResult(result, enc) {
  if (typeof result === 'string') return result;
  const buf = new FastBuffer(result);
  if (!enc || enc === 'buffer') return buf;
  const n = normalizeEncoding(enc);
  if (n === undefined) return buf;
  return buf.toString(n);
}

// A string argument with its input encoding: UTF-8 strings go to the
// binding as strings (it encodes them); others become Buffers. Unknown
// encodings read as UTF-8, as in node.
function stringToBytes(str, enc) {
  if (enc === undefined || enc === 'utf8' || enc === 'utf-8' || enc === 'buffer') return str;
  const n = normalizeEncoding(enc);
  if (n === undefined || n === 'utf8') return str;
  return require('buffer').Buffer.from(str, n);
}

// node's validateEncoding: hex text must have an even length.
function validateEncoding(data, encoding) {
  if (encoding === undefined || typeof data !== 'string') return;
  const n = normalizeEncoding(encoding);
  if (n === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding,
                                    `is invalid for data of length ${data.length}`);
  }
}

// --- arguments --------------------------------------------------------------------

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

function isAnyArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  return internalBinding('types').isAnyArrayBuffer(v);
}

// A byte-source argument (string, ArrayBuffer, view): strings are returned
// in the form stringToBytes gives.
function getArrayBufferOrView(buffer, name, encoding) {
  if (typeof buffer === 'string') return stringToBytes(buffer, encoding);
  if (isAnyArrayBuffer(buffer) || isArrayBufferView(buffer)) return buffer;
  throw new ERR_INVALID_ARG_TYPE(
    name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
}

// The bytes of a secret key: a string (in `encoding`), bytes, or a secret
// KeyObject/CryptoKey from node:crypto's key API (its exported bytes).
function prepareSecretKey(key, encoding, name = 'key') {
  if (typeof key === 'string') return stringToBytes(key, encoding);
  if (isAnyArrayBuffer(key) || isArrayBufferView(key)) return key;
  if (key !== null && typeof key === 'object') {
    const keysApi = require('internal/crypto/keys_api');
    if (typeof keysApi.getSecretKeyBytes === 'function') {
      const bytes = keysApi.getSecretKeyBytes(key);
      if (bytes !== undefined) return bytes;
    }
    if (key.type === 'secret' && typeof key.export === 'function') {
      return key.export();
    }
  }
  throw new ERR_INVALID_ARG_TYPE(
    name,
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'],
    key);
}

// --- errors ------------------------------------------------------------------------

// An error with a code but a free-form message (node's C++ layer throws
// these), or with no code at all.
function codedError(Base, code, message) {
  const err = new Base(message);
  if (code !== undefined) err.code = code;
  return err;
}

let DOMExceptionClass;
function lazyDOMException(message, name) {
  if (DOMExceptionClass === undefined) {
    DOMExceptionClass = require('internal/per_context/domexception').DOMException;
  }
  return new DOMExceptionClass(message, name);
}

module.exports = {
  binding,
  kHandle,
  kKeyObject,
  getDigestId,
  getDigestInfo,
  normalizeEncoding,
  outputEncodingId,
  encodeResult,
  stringToBytes,
  validateEncoding,
  isArrayBufferView,
  isAnyArrayBuffer,
  getArrayBufferOrView,
  prepareSecretKey,
  codedError,
  lazyDOMException,
  kOutBuffer,
};

// eddy: node:string_decoder (node's lib/string_decoder.js). A StringDecoder
// turns a stream of byte chunks into text without splitting a character
// across two results: bytes that end a chunk in the middle of a character
// are held back until the chunk that completes it arrives.
//
// The state is a 7-byte Buffer under a symbol, laid out as node lays it out
// (node prints it when a decoder is inspected): bytes 0-3 hold the
// incomplete character, byte 4 how many bytes it still lacks, byte 5 how
// many are held, byte 6 the encoding's number. Complete runs of bytes are
// decoded with Buffer#toString.
//
// Where a character is cut is decided from the bytes alone, as node does:
// UTF-8 by its lead byte (a byte that is not the expected continuation ends
// the held character early, and it decodes to U+FFFD); UTF-16LE by
// whole code units, holding an odd byte or a trailing high surrogate;
// base64 by groups of three bytes. Latin-1, ASCII and hex never hold bytes.
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

const kNativeDecoder = Symbol('kNativeDecoder');

// State layout (see the header).
const kIncompleteEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kStateSize = 7;

// Encoding numbers as node numbers them.
const kEncodingIds = {
  ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7,
};

let BufferClass;
function lazyBuffer() {
  if (BufferClass === undefined) BufferClass = require('buffer').Buffer;
  return BufferClass;
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8' || enc === '') return 'utf8';
  if (typeof enc !== 'string') return undefined;
  switch (enc.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

function StringDecoder(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = normalized;
  const state = lazyBuffer().alloc(kStateSize);
  state[kEncodingField] = kEncodingIds[normalized];
  this[kNativeDecoder] = state;
}

// A Buffer over the bytes of any ArrayBufferView, sharing its memory.
function asBuffer(view) {
  const Buffer = lazyBuffer();
  if (Buffer.isBuffer(view)) return view;
  // A view of a detached buffer reads as no bytes.
  if (view.byteLength === 0) return Buffer.alloc(0);
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

// How many bytes at the end of a UTF-8 chunk start a character that the
// chunk does not finish: sets state[kBufferedBytes] / state[kMissingBytes].
function holdUtf8Tail(state, bytes, end) {
  let held = 0;
  for (let i = end - 1; i >= 0; i--) {
    held++;
    const b = bytes[i];
    if ((b & 0xC0) === 0x80) {
      // A continuation byte: keep looking for the lead, but a character
      // never spans more than four bytes, and a chunk of only
      // continuations holds nothing.
      if (held >= 4 || i === 0) return;
      continue;
    }
    let length;
    if ((b & 0xE0) === 0xC0) length = 2;
    else if ((b & 0xF0) === 0xE0) length = 3;
    else if ((b & 0xF8) === 0xF0) length = 4;
    else return;  // ASCII or a byte that cannot lead
    if (held < length) {
      state[kBufferedBytes] = held;
      state[kMissingBytes] = length - held;
    }
    return;
  }
}

function decodeChunk(state, encoding, bytes) {
  let start = 0;
  const end = bytes.length;
  const holds = encoding === 'utf8' || encoding === 'utf16le' ||
    encoding === 'base64' || encoding === 'base64url';
  if (!holds) return bytes.toString(encoding, 0, end);

  let prefix = '';
  if (state[kMissingBytes] > 0) {
    if (encoding === 'utf8') {
      // A byte that should continue the held character but does not ends
      // it early; the held bytes then decode (to U+FFFD) on their own.
      const want = state[kMissingBytes];
      for (let i = 0; i < end && i < want; i++) {
        if ((bytes[i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          for (let k = 0; k < i; k++) state[state[kBufferedBytes] + k] = bytes[k];
          state[kBufferedBytes] += i;
          start = i;
          break;
        }
      }
    }
    const take = Math.min(end - start, state[kMissingBytes]);
    for (let k = 0; k < take; k++) state[state[kBufferedBytes] + k] = bytes[start + k];
    start += take;
    state[kMissingBytes] -= take;
    state[kBufferedBytes] += take;
    if (state[kMissingBytes] === 0) {
      prefix = state.toString(encoding, 0, state[kBufferedBytes]);
      state[kBufferedBytes] = 0;
    }
  }
  if (start === end) return prefix;

  if (encoding === 'utf8') {
    if (bytes[end - 1] & 0x80) holdUtf8Tail(state, bytes.subarray(start, end), end - start);
  } else if (encoding === 'utf16le') {
    if ((end - start) % 2 === 1) {
      state[kBufferedBytes] = 1;
      state[kMissingBytes] = 1;
    } else if ((bytes[end - 1] & 0xFC) === 0xD8) {
      // The chunk ends on a high surrogate: hold it for its low half.
      state[kBufferedBytes] = 2;
      state[kMissingBytes] = 2;
    }
  } else {
    const rest = (end - start) % 3;
    state[kBufferedBytes] = rest;
    if (rest > 0) state[kMissingBytes] = 3 - rest;
  }
  const held = state[kBufferedBytes];
  const bodyEnd = end - held;
  for (let k = 0; k < held; k++) state[k] = bytes[bodyEnd + k];
  if (bodyEnd <= start) return prefix;
  return prefix + bytes.toString(encoding, start, bodyEnd);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  const state = this[kNativeDecoder];
  if (!state) throw new ERR_INVALID_THIS('StringDecoder');
  return decodeChunk(state, this.encoding, asBuffer(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let text = '';
  if (buf !== undefined) text = this.write(buf);
  const state = this[kNativeDecoder];
  if (state[kBufferedBytes] > 0) {
    // A lone odd byte of UTF-16 is dropped; whatever else is held decodes
    // as it is (an unfinished UTF-8 character becomes U+FFFD).
    if (this.encoding === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
      state[kBufferedBytes]--;
    }
    if (state[kBufferedBytes] > 0) {
      text += state.toString(this.encoding, 0, state[kBufferedBytes]);
    }
  }
  state[kBufferedBytes] = 0;
  state[kMissingBytes] = 0;
  return text;
};

StringDecoder.prototype.text = function text(buf, offset) {
  const state = this[kNativeDecoder];
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder].subarray(0, kIncompleteEnd); },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kMissingBytes]; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes]; },
  },
});

module.exports = { StringDecoder };

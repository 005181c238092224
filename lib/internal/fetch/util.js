// eddy: helpers shared by the fetch modules (Headers, FormData, Request,
// Response, fetch): WebIDL-style argument conversions with node's (undici's)
// TypeError messages, brand-check errors, header name/value checks, a small
// WHATWG MIME type parser, UTF-8 decoding and the fetch "bad port" list.
'use strict';

const bufferBinding = internalBinding('buffer');
const { decode } = require('internal/buffer');

const kUtf8 = bufferBinding.encodings.utf8;
const kInspect = Symbol.for('nodejs.util.inspect.custom');

let lazyFormat;
function formatWithOptions(options, value) {
  lazyFormat ??= require('internal/util/inspect').formatWithOptions;
  return lazyFormat(options, value);
}

// undici's brand check failure.
function illegalInvocation() {
  const err = new TypeError('Illegal invocation');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function argumentCount(length, min, context) {
  if (length < min) {
    throw new TypeError(`${context}: ${min} argument${min === 1 ? '' : 's'} required, ` +
                        `but${length ? ' only' : ''} ${length} found.`);
  }
}

function toDOMString(value, prefix, argument) {
  if (typeof value === 'string') return value;
  if (typeof value === 'symbol') {
    throw new TypeError(`${prefix}: ${argument} is a symbol, which cannot be converted to ` +
                        'a DOMString.');
  }
  return `${value}`;
}

const kNotLatin1 = /[^\u0000-\u00ff]/;

function toByteString(value, prefix, argument) {
  const s = toDOMString(value, prefix, argument);
  const m = kNotLatin1.exec(s);
  if (m !== null) {
    throw new TypeError('Cannot convert argument to a ByteString because the character at ' +
                        `index ${m.index} has a value of ${s.charCodeAt(m.index)} which is ` +
                        'greater than 255.');
  }
  return s;
}

// WebIDL USVString: lone surrogates become U+FFFD.
const kLoneSurrogate =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
function toUSVString(value, prefix, argument) {
  let s;
  if (typeof value === 'string') {
    s = value;
  } else if (prefix === undefined && typeof value === 'symbol') {
    throw new TypeError('Cannot convert a Symbol value to a string');
  } else {
    s = toDOMString(value, prefix, argument);
  }
  if (!kLoneSurrogate.test(s)) return s;
  return s.replace(new RegExp(kLoneSurrogate.source, 'g'), '\ufffd');
}

function enumError(prefix, value, allowed) {
  return new TypeError(`${prefix}: ${value} is not an accepted type. Expected one of ` +
                       `${allowed.join(', ')}.`);
}

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

// An RFC 9110 token.
const kTokenTable = new Uint8Array(128);
for (const c of "!#$%&'*+-.^_`|~") kTokenTable[c.charCodeAt(0)] = 1;
for (let c = 48; c <= 57; c++) kTokenTable[c] = 1;
for (let c = 65; c <= 90; c++) kTokenTable[c] = 1;
for (let c = 97; c <= 122; c++) kTokenTable[c] = 1;

function isToken(s) {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || kTokenTable[c] === 0) return false;
  }
  return true;
}

// A header value after normalization: no NUL, CR or LF.
const kBadValue = /[\0\r\n]/;
function isValidHeaderValue(value) {
  return !kBadValue.test(value);
}

// Strips leading and trailing HTTP whitespace (tab, LF, CR, space).
function isHttpWs(c) {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
function normalizeHeaderValue(value) {
  let start = 0;
  let end = value.length;
  while (start < end && isHttpWs(value.charCodeAt(start))) start++;
  while (end > start && isHttpWs(value.charCodeAt(end - 1))) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

// UTF-8 decode as TextDecoder does: a leading byte order mark is dropped and
// malformed sequences become U+FFFD.
function utf8Decode(bytes) {
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    start = 3;
  }
  return decode(bytes, kUtf8, start, bytes.length);
}

function utf8Encode(string) {
  return new Uint8Array(bufferBinding.fromString(string, kUtf8));
}

// https://infra.spec.whatwg.org/#forgiving-base64-decode: bytes, or null.
function forgivingBase64(bytes) {
  const { Buffer } = require('buffer');
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1')
    .replace(/[\t\n\f\r ]/g, '');
  if (text.length % 4 === 0) text = text.replace(/={1,2}$/, '');
  if (text.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(text)) return null;
  return new Uint8Array(Buffer.from(text, 'base64'));
}

// --- MIME types (https://mimesniff.spec.whatwg.org/#parsing-a-mime-type) --------

const kMimeQuoted = /^[\t\u0020-\u007e\u0080-\u00ff]*$/;

function trimHttpWs(s) {
  return s.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

// Returns { type, subtype, essence, params: Map } or null on failure.
function parseMimeType(input) {
  input = trimHttpWs(input);
  let pos = input.indexOf('/');
  if (pos === -1) return null;
  const type = input.slice(0, pos);
  if (!isToken(type)) return null;
  let end = input.indexOf(';', pos + 1);
  if (end === -1) end = input.length;
  const subtype = input.slice(pos + 1, end).replace(/[\t\n\r ]+$/, '');
  if (!isToken(subtype)) return null;
  const mime = {
    type: type.toLowerCase(),
    subtype: subtype.toLowerCase(),
    essence: '',
    params: new Map(),
  };
  mime.essence = `${mime.type}/${mime.subtype}`;
  pos = end;
  while (pos < input.length) {
    pos++;   // the ';'
    while (pos < input.length && isHttpWs(input.charCodeAt(pos))) pos++;
    let nameEnd = pos;
    while (nameEnd < input.length && input[nameEnd] !== ';' && input[nameEnd] !== '=') nameEnd++;
    const name = input.slice(pos, nameEnd).toLowerCase();
    pos = nameEnd;
    if (pos < input.length) {
      if (input[pos] === ';') continue;
      pos++;   // the '='
    }
    if (pos >= input.length) break;
    let value;
    if (input[pos] === '"') {
      value = '';
      pos++;
      while (pos < input.length) {
        const c = input[pos];
        if (c === '"') break;
        if (c === '\\') {
          pos++;
          if (pos >= input.length) {
            value += '\\';
            break;
          }
        }
        value += input[pos];
        pos++;
      }
      while (pos < input.length && input[pos] !== ';') pos++;
    } else {
      let valueEnd = input.indexOf(';', pos);
      if (valueEnd === -1) valueEnd = input.length;
      value = input.slice(pos, valueEnd).replace(/[\t\n\r ]+$/, '');
      pos = valueEnd;
      if (value === '') continue;
    }
    if (name !== '' && isToken(name) && kMimeQuoted.test(value) && !mime.params.has(name)) {
      mime.params.set(name, value);
    }
  }
  return mime;
}

function serializeMimeType(mime) {
  let out = mime.essence;
  for (const [name, value] of mime.params) {
    out += `;${name}=`;
    out += value !== '' && isToken(value) ? value : `"${value.replace(/["\\]/g, '\\$&')}"`;
  }
  return out;
}

// https://fetch.spec.whatwg.org/#port-blocking
const kBadPorts = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101,
  102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389,
  427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
  989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566,
  6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

function isBadPort(port) {
  return kBadPorts.has(port);
}

module.exports = {
  argumentCount,
  enumError,
  forgivingBase64,
  formatWithOptions,
  illegalInvocation,
  isBadPort,
  isObjectLike,
  isToken,
  isValidHeaderValue,
  kInspect,
  normalizeHeaderValue,
  parseMimeType,
  serializeMimeType,
  toByteString,
  toDOMString,
  toUSVString,
  utf8Decode,
  utf8Encode,
};

// eddy: node:querystring. Parses and builds `a=1&b=2` strings the way Node
// does: repeated keys become arrays, `+` is a space, malformed percent
// sequences survive (a decode that fails falls back to a byte-wise decode),
// and escape() leaves !'()* alone, unlike encodeURIComponent.
'use strict';

const {
  codes: { ERR_INVALID_URI, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');

const kHex = [];
for (let i = 0; i < 256; i++) kHex.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// Characters escape() leaves as they are: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const kUnescaped = new Uint8Array(128);
for (const ch of "-._~!'()*") kUnescaped[ch.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) kUnescaped[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) kUnescaped[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) kUnescaped[c] = 1;

// UTF-8 percent-encodes every code unit of `str` not marked in `keep`. Any
// surrogate takes the next code unit as its pair (as Node does); a surrogate
// at the very end is an error.
function encodeWith(str, keep) {
  let out = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (keep[c] === 1) continue;
      out += str.slice(last, i) + kHex[c];
      last = i + 1;
      continue;
    }
    out += str.slice(last, i);
    if (c < 0x800) {
      out += kHex[0xc0 | (c >> 6)] + kHex[0x80 | (c & 0x3f)];
    } else if (c < 0xd800 || c >= 0xe000) {
      out += kHex[0xe0 | (c >> 12)] + kHex[0x80 | ((c >> 6) & 0x3f)] + kHex[0x80 | (c & 0x3f)];
    } else {
      i++;
      if (i >= len) throw new ERR_INVALID_URI();
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      out += kHex[0xf0 | (c >> 18)] + kHex[0x80 | ((c >> 12) & 0x3f)] +
        kHex[0x80 | ((c >> 6) & 0x3f)] + kHex[0x80 | (c & 0x3f)];
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < len ? out + str.slice(last) : out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeWith(str, kUnescaped);
}

function hexDigit(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// The bytes unescapeBuffer() produces: %XX decoded, anything else kept as
// the low byte of its code unit, `+` a space when decodeSpaces is set.
function unescapeBytes(s, decodeSpaces) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && i + 2 < s.length) {
      const hi = hexDigit(s.charCodeAt(i + 1));
      const lo = hexDigit(s.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        bytes.push(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    bytes.push(c === 0x2b && decodeSpaces ? 0x20 : c & 0xff);
  }
  return bytes;
}

function unescapeBuffer(s, decodeSpaces) {
  let Buffer;
  try {
    Buffer = require('buffer').Buffer;
  } catch {
    // node:buffer is not there yet.
  }
  if (typeof Buffer !== 'function') throw new ERR_NOT_IMPLEMENTED('querystring.unescapeBuffer');
  return Buffer.from(unescapeBytes(`${s}`, decodeSpaces));
}

let utf8Decode;
function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    if (utf8Decode === undefined) utf8Decode = require('internal/url_parser').utf8Decode;
    return utf8Decode(unescapeBytes(`${s}`, decodeSpaces));
  }
}

// --- stringify ------------------------------------------------------------------

function primitiveText(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

// With the default escape, numbers and bigints need no escaping except the
// exponent sign of large numbers.
function encodeDefault(v, encode) {
  if (typeof v === 'string') return v.length ? encode(v) : '';
  if (typeof v === 'number' && Number.isFinite(v)) {
    return Math.abs(v) < 1e21 ? `${v}` : encode(`${v}`);
  }
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeCustom(v, encode) {
  return encode(primitiveText(v));
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = encode === qsEscape ? encodeDefault : encodeCustom;
  if (obj === null || typeof obj !== 'object') return '';
  let out = '';
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const prefix = convert(key, encode) + eq;
    if (Array.isArray(value)) {
      for (let j = 0; j < value.length; j++) {
        if (out) out += sep;
        out += prefix + convert(value[j], encode);
      }
    } else {
      if (out) out += sep;
      out += prefix + convert(value, encode);
    }
  }
  return out;
}

// --- parse ---------------------------------------------------------------------------

const kEncodedByte = /%[0-9A-Fa-f]{2}/;

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';

  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  let pairsLeft = maxKeys > 0 ? maxKeys : Infinity;

  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const customDecode = decode !== qsUnescape;
  const space = customDecode ? '%20' : ' ';

  // `+` turns into a space only where the scan read it as data (not as
  // part of a separator match); `pluses` holds those positions.
  let pluses = [];
  const piece = (start, end) => {
    let out = '';
    let last = start;
    for (const at of pluses) {
      if (at < start || at >= end) continue;
      out += qs.slice(last, at) + space;
      last = at + 1;
    }
    return out + qs.slice(last, end);
  };
  const add = (keyStart, keyEnd, valueStart, valueEnd) => {
    let key = piece(keyStart, keyEnd);
    let value = piece(valueStart, valueEnd);
    if (key.length > 0 && (customDecode || kEncodedByte.test(qs.slice(keyStart, keyEnd)))) {
      key = decodeWith(key, decode);
    }
    if (value.length > 0 && (customDecode || kEncodedByte.test(qs.slice(valueStart, valueEnd)))) {
      value = decodeWith(value, decode);
    }
    const current = obj[key];
    if (current === undefined) obj[key] = value;
    else if (Array.isArray(current)) current.push(value);
    else obj[key] = [current, value];
  };

  // Scan once: a separator match wins over a key/value separator match; a
  // partial match that breaks off does not restart on the breaking unit.
  const sepLen = sep.length;
  const eqLen = eq.length;
  let segStart = 0;   // start of the current pair
  let keyEnd = -1;    // end of the key once the key/value separator matched
  let sepIdx = 0;
  let eqIdx = 0;
  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);
    if (code === sep.charCodeAt(sepIdx)) {
      if (++sepIdx === sepLen) {
        const end = i - sepLen + 1;
        if (end > segStart) {
          if (keyEnd === -1) add(segStart, end, end, end);
          else add(segStart, keyEnd, keyEnd + eqLen, end);
          if (--pairsLeft === 0) return obj;
        }
        segStart = i + 1;
        keyEnd = -1;
        sepIdx = 0;
        eqIdx = 0;
        pluses = [];
      }
      continue;
    }
    sepIdx = 0;
    if (keyEnd === -1) {
      if (code === eq.charCodeAt(eqIdx)) {
        if (++eqIdx === eqLen) keyEnd = i - eqLen + 1;
        continue;
      }
      eqIdx = 0;
    }
    if (code === 0x2b) pluses.push(i);
  }
  if (segStart < qs.length) {
    if (keyEnd === -1) add(segStart, qs.length, qs.length, qs.length);
    else add(segStart, keyEnd, keyEnd + eqLen, qs.length);
  }
  return obj;
}

function decodeWith(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return module.exports.unescape(s, true);
  }
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

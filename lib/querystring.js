// eddy: node:querystring. Parses and builds `a=1&b=2` strings the way Node
// does: repeated keys become arrays, `+` is a space, malformed percent
// sequences survive (a decode that fails falls back to a byte-wise decode),
// and escape() leaves !'()* alone, unlike encodeURIComponent.
'use strict';

const {
  codes: { ERR_NOT_IMPLEMENTED },
} = require('internal/errors');

const { encodeStr, keepTable } = require('internal/url_encode');

// Characters escape() leaves as they are: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
// (built on the first escape)
let kUnescaped;

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  if (kUnescaped === undefined) kUnescaped = keepTable("-._~!'()*");
  return encodeStr(str, kUnescaped);
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

function parse(qs, sep, eq, options) {
  const obj = Object.create(null);  // cheaper than a null-proto literal in SpiderMonkey
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
  // Whether a key or value is decoded is decided while scanning, as Node
  // does: a '%' followed by two hex digits (not counting units taken by a
  // separator match, and with a quirk: once the key is known to be encoded,
  // escapes later in the key mark the value as encoded too).
  let keyEncoded = customDecode;
  let valueEncoded = customDecode;
  let escapeRun = 0;  // 1 after '%', 2 after '%X', 3 complete
  const add = (keyStart, keyEnd, valueStart, valueEnd) => {
    let key = piece(keyStart, keyEnd);
    let value = piece(valueStart, valueEnd);
    if (key.length > 0 && keyEncoded) key = decodeWith(key, decode);
    if (value.length > 0 && valueEncoded) value = decodeWith(value, decode);
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
        // An empty pair is skipped but still counts against maxKeys.
        if (keyEnd !== -1 || end > segStart) {
          if (keyEnd === -1) add(segStart, end, end, end);
          else add(segStart, keyEnd, keyEnd + eqLen, end);
          keyEncoded = valueEncoded = customDecode;
          escapeRun = 0;
          pluses = [];
        }
        if (--pairsLeft === 0) return obj;
        segStart = i + 1;
        keyEnd = -1;
        sepIdx = 0;
        eqIdx = 0;
      }
      continue;
    }
    sepIdx = 0;
    if (keyEnd === -1) {
      if (code === eq.charCodeAt(eqIdx)) {
        if (++eqIdx === eqLen) {
          keyEnd = i - eqLen + 1;
          escapeRun = 0;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (code === 0x25) {
          escapeRun = 1;
          continue;
        }
        if (escapeRun > 0) {
          if (hexDigit(code) >= 0) {
            if (++escapeRun === 3) keyEncoded = true;
            continue;
          }
          escapeRun = 0;
        }
      }
      if (code === 0x2b) {
        pluses.push(i);
        continue;
      }
    }
    if (code === 0x2b) {
      pluses.push(i);
    } else if (!valueEncoded) {
      if (code === 0x25) {
        escapeRun = 1;
      } else if (escapeRun > 0) {
        if (hexDigit(code) >= 0) {
          if (++escapeRun === 3) valueEncoded = true;
        } else {
          escapeRun = 0;
        }
      }
    }
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

// eddy: percent-encoding and application/x-www-form-urlencoded for the URL
// API (lib/internal/url.js) and node:querystring, written from
// https://url.spec.whatwg.org/. Parsing URLs themselves is done in C++
// (src/url/, the `url` binding); this file keeps what works on JS strings:
// the percent-encode sets, UTF-8 percent-encoding and -decoding, the USVString
// conversion and the urlencoded parser and serializer URLSearchParams uses.
'use strict';

// --- code point classes -------------------------------------------------------

function isAsciiDigit(c) { return c >= 0x30 && c <= 0x39; }
function isAsciiHex(c) {
  return isAsciiDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
function hexValue(c) {
  if (c <= 0x39) return c - 0x30;
  if (c <= 0x46) return c - 0x37;
  return c - 0x57;
}

// --- percent-encoding -----------------------------------------------------------

// Each set is a 128-entry table for ASCII; everything above U+007E is in every
// set (the same sets as src/url/url_internal.h). Only the
// application/x-www-form-urlencoded set is used here; it is the union of its
// chain C0 control < query < path < userinfo < component < form, built on
// first use.
let kFormSet;
function formSet() {
  if (kFormSet === undefined) {
    kFormSet = new Array(128).fill(false);
    for (let i = 0; i < 0x20; i++) kFormSet[i] = true;
    kFormSet[0x7f] = true;
    for (const ch of ' "#<>' + '?`{}' + '/:;=@[\\]^|' + '$%&+,' + "!'()~") {
      kFormSet[ch.charCodeAt(0)] = true;
    }
  }
  return kFormSet;
}

// The '%XX' table is shared with internal/url_encode (loaded on first use).
let urlEncode;
function hexTable() {
  if (urlEncode === undefined) urlEncode = require('internal/url_encode');
  return urlEncode.hexTable();
}

function utf8PercentEncodeCodePoint(cp) {
  const kHex = hexTable();
  if (cp < 0x80) return kHex[cp];
  if (cp < 0x800) return kHex[0xc0 | (cp >> 6)] + kHex[0x80 | (cp & 0x3f)];
  if (cp < 0x10000) {
    return kHex[0xe0 | (cp >> 12)] + kHex[0x80 | ((cp >> 6) & 0x3f)] + kHex[0x80 | (cp & 0x3f)];
  }
  return kHex[0xf0 | (cp >> 18)] + kHex[0x80 | ((cp >> 12) & 0x3f)] +
    kHex[0x80 | ((cp >> 6) & 0x3f)] + kHex[0x80 | (cp & 0x3f)];
}

// Percent-encodes the code points of `s` that are in `set` (a well-formed
// string is expected; lone surrogates encode as U+FFFD). With spaceAsPlus,
// U+0020 becomes '+' (application/x-www-form-urlencoded).
function percentEncodeString(s, set, spaceAsPlus = false) {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 && !set[c]) continue;
    if (c === 0x20 && spaceAsPlus) {
      out += `${s.slice(last, i)}+`;
      last = i + 1;
      continue;
    }
    let cp = c;
    let next = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        next = i + 2;
      } else {
        cp = 0xfffd;
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      cp = 0xfffd;
    }
    out += s.slice(last, i) + utf8PercentEncodeCodePoint(cp);
    last = next;
    i = next - 1;
  }
  return last === 0 ? s : out + s.slice(last);
}

// Percent-decodes `s` into an array of bytes (string code units above 0x7F
// are UTF-8 encoded first).
function percentDecodeToBytes(s) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && i + 2 < s.length && isAsciiHex(s.charCodeAt(i + 1)) &&
        isAsciiHex(s.charCodeAt(i + 2))) {
      bytes.push(hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2)));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      let cp = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        } else {
          cp = 0xfffd;
        }
      } else if (c >= 0xd800 && c <= 0xdfff) {
        cp = 0xfffd;
      }
      pushUtf8(bytes, cp);
    }
  }
  return bytes;
}

function pushUtf8(bytes, cp) {
  if (cp < 0x800) {
    bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  } else if (cp < 0x10000) {
    bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  } else {
    bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f),
               0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
}

// UTF-8 decode without BOM, replacing each maximal invalid subpart with
// U+FFFD (the Encoding Standard's decoder).
function utf8Decode(bytes, start = 0, end = bytes.length) {
  let out = '';
  let chunk = [];
  const flush = () => {
    out += String.fromCharCode.apply(null, chunk);
    chunk = [];
  };
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      chunk.push(b);
      i++;
    } else {
      let need = 0;
      let cp = 0;
      let lower = 0x80;
      let upper = 0xbf;
      if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; } else if (b >= 0xe0 && b <= 0xef) {
        need = 2; cp = b & 0xf;
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        need = 3; cp = b & 0x7;
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
      } else {
        chunk.push(0xfffd);
        i++;
        continue;
      }
      let j = i + 1;
      let ok = true;
      for (let n = 0; n < need; n++, j++) {
        const c = j < end ? bytes[j] : -1;
        if (c < lower || c > upper) { ok = false; break; }
        lower = 0x80;
        upper = 0xbf;
        cp = (cp << 6) | (c & 0x3f);
      }
      if (!ok) {
        chunk.push(0xfffd);
        i = j;
        continue;
      }
      if (cp >= 0x10000) {
        cp -= 0x10000;
        chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      } else {
        chunk.push(cp);
      }
      i = j;
    }
    if (chunk.length > 8192) flush();
  }
  flush();
  return out;
}

const kLoneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// WebIDL USVString conversion of a string.
function toUSVString(s) {
  return s.replace(kLoneSurrogate, '\uFFFD');
}

// --- application/x-www-form-urlencoded -------------------------------------------------

// Parses into a flat [name, value, name, value, ...] array.
function parseUrlencoded(input) {
  const out = [];
  let start = 0;
  while (start <= input.length) {
    let end = input.indexOf('&', start);
    if (end === -1) end = input.length;
    if (end > start) {
      const seq = input.slice(start, end);
      const eq = seq.indexOf('=');
      const name = eq === -1 ? seq : seq.slice(0, eq);
      const value = eq === -1 ? '' : seq.slice(eq + 1);
      out.push(formDecode(name), formDecode(value));
    }
    start = end + 1;
  }
  return out;
}

function formDecode(s) {
  if (s.includes('+')) s = s.replace(/\+/g, ' ');
  if (!s.includes('%') && !/[^\x00-\x7f]/.test(s)) return s;
  return utf8Decode(percentDecodeToBytes(s));
}

function serializeUrlencoded(list) {
  const set = formSet();
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += `${percentEncodeString(list[i], set, true)}=${percentEncodeString(list[i + 1], set, true)}`;
  }
  return out;
}

module.exports = {
  parseUrlencoded,
  percentDecodeToBytes,
  percentEncodeString,
  serializeUrlencoded,
  toUSVString,
  utf8Decode,
};

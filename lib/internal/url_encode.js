// eddy: the percent-encoder shared by querystring.escape() and the legacy
// url.format() auth: UTF-8 percent-encoding of every code unit outside a
// keep table, where any surrogate takes the next code unit as its pair (as
// Node does) and a surrogate at the very end is ERR_INVALID_URI.
'use strict';

const {
  codes: { ERR_INVALID_URI },
} = require('internal/errors');

// '%00'..'%FF', built on the first encode rather than at load.
let kHex;
function hexTable() {
  if (kHex === undefined) {
    kHex = [];
    for (let i = 0; i < 256; i++) kHex.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);
  }
  return kHex;
}

// A 128-entry table marking the ASCII characters to keep: letters, digits
// and the characters of `extra`.
function keepTable(extra) {
  const table = new Uint8Array(128);
  for (const ch of extra) table[ch.charCodeAt(0)] = 1;
  for (let c = 0x30; c <= 0x39; c++) table[c] = 1;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = 1;
  return table;
}

function encodeStr(str, keep) {
  const kHex = hexTable();
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

module.exports = { encodeStr, hexTable, keepTable };

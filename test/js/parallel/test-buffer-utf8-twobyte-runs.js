'use strict';
// UTF-8 encoding of two-byte strings (ones holding a character above
// U+00FF) whose ASCII runs have every length around the 8- and 16-unit
// blocks the encoder copies at once, with the non-ASCII character at every
// position of a block, checked against a plain JavaScript encoder; also
// into targets too small for the whole string.
const assert = require('assert');

function reference(s) {
  const out = [];
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xC0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) {
      const u = c >= 0xD800 && c <= 0xDFFF ? 0xFFFD : c;
      out.push(0xE0 | (u >> 12), 0x80 | ((u >> 6) & 63), 0x80 | (u & 63));
    } else {
      out.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    }
  }
  return Buffer.from(out);
}

const specials = ['\u20ac', '\u00e9', '\u0100', '\u{1F600}', '\ud800', '\u007f\u0080'];
let checked = 0;
for (let len = 0; len <= 40; len++) {
  const ascii = Array.from({ length: len }, (_, i) => String.fromCharCode(32 + ((i * 7) % 95))).join('');
  for (const sp of specials) {
    for (let at = 0; at <= len; at++) {
      // '\u20ac' at the end keeps the string two-byte wherever sp sits.
      const s = ascii.slice(0, at) + sp + ascii.slice(at) + '\u20ac';
      const want = reference(s);
      assert.deepStrictEqual(Buffer.from(s), want, JSON.stringify(s));
      assert.strictEqual(Buffer.byteLength(s), want.length);
      // A target cut short: only whole characters are written.
      const cut = Math.max(0, want.length - 4);
      const small = Buffer.alloc(cut);
      const n = small.write(s);
      assert.ok(n <= cut);
      assert.deepStrictEqual(small.subarray(0, n), want.subarray(0, n));
      checked++;
    }
  }
}
assert.ok(checked > 5000);

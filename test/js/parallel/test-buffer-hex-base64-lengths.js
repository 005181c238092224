'use strict';
// hex and base64 in both directions for every length from 0 to 299 bytes
// (the vectorized loops work in blocks of 16, 24 and 32; the ends of the
// data are done one by one), checked against plain JS encoders, plus hex
// input that stops at a bad digit anywhere in a block and upper-case digits.
const assert = require('node:assert');

let x = 99;
function nextByte() {
  x = (x * 1103515245 + 12345) >>> 0;
  return x >>> 24;
}

function hexOf(bytes) {
  let s = '';
  for (const b of bytes) s += (b < 16 ? '0' : '') + b.toString(16);
  return s;
}
const kB64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function base64Of(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const w = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
    s += kB64[w >> 18] + kB64[(w >> 12) & 63] +
      (i + 1 < bytes.length ? kB64[(w >> 6) & 63] : '=') +
      (i + 2 < bytes.length ? kB64[w & 63] : '=');
  }
  return s;
}

for (let n = 0; n < 300; n++) {
  const bytes = Buffer.alloc(n);
  for (let i = 0; i < n; i++) bytes[i] = nextByte();
  const hex = hexOf(bytes);
  const b64 = base64Of(bytes);
  const url = b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  assert.strictEqual(bytes.toString('hex'), hex);
  assert.strictEqual(bytes.toString('base64'), b64);
  assert.strictEqual(bytes.toString('base64url'), url);
  assert.ok(Buffer.from(hex, 'hex').equals(bytes));
  assert.ok(Buffer.from(hex.toUpperCase(), 'hex').equals(bytes));
  assert.ok(Buffer.from(b64, 'base64').equals(bytes));
  assert.ok(Buffer.from(url, 'base64url').equals(bytes));
  if (n > 0) {
    const at = (n * 7) % (2 * n);
    const bad = hex.slice(0, at) + 'g' + hex.slice(at + 1);
    assert.ok(Buffer.from(bad, 'hex').equals(bytes.subarray(0, at >> 1)));
  }
}

// Every byte value, through buffers long enough for the block loops.
const all = Buffer.alloc(1024);
for (let i = 0; i < all.length; i++) all[i] = i & 255;
assert.strictEqual(all.toString('hex'), hexOf(all));
assert.strictEqual(all.toString('base64'), base64Of(all));
assert.ok(Buffer.from(all.toString('hex'), 'hex').equals(all));
assert.ok(Buffer.from(all.toString('base64'), 'base64').equals(all));
// Characters next to the hex digits in the ASCII table are not digits.
for (const c of ['/', ':', '@', 'G', '`', 'g', '\xff', '\u0147']) {
  const s = '00'.repeat(20) + c + '0' + '00'.repeat(20);
  assert.strictEqual(Buffer.from(s, 'hex').length, 20);
}
// A UTF-16 unit counts by its low byte, as in node: U+0130 reads as '0'.
assert.strictEqual(Buffer.from('00'.repeat(20) + '\u01300' + '00'.repeat(20), 'hex').length, 41);

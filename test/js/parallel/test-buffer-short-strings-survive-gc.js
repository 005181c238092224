// Flags: --expose-gc
'use strict';
// Short decodes (toString of up to a few hundred bytes) and short
// Buffer.from(string) calls must give the same strings and bytes however
// many of them are made, kept, dropped and collected: kept strings must
// never change while later ones are made, and each result is an ordinary
// string (equal, usable as a key, concatenated, compared).
const assert = require('node:assert');

function rand(seed) {
  let x = seed >>> 0;
  return () => (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
}

// Reference encoders written out in plain JS.
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

const words = ['alpha', 'beta', 'café', 'naïve', '€uro', '日本語', '\u{1f600}', 'x'];
const kept = [];
const next = rand(7);
for (let round = 0; round < 20000; round++) {
  const n = 1 + (next() % 200);
  const bytes = Buffer.alloc(n);
  for (let i = 0; i < n; i++) bytes[i] = next();
  const hex = bytes.toString('hex');
  const b64 = bytes.toString('base64');
  const latin1 = bytes.toString('latin1');
  let text = '';
  while (text.length < n % 90) text += words[next() % words.length] + ' ';
  const utf8 = Buffer.from(text);
  const back = utf8.toString();
  const ucs2 = Buffer.from(text, 'utf16le').toString('utf16le');
  if (round % 7 === 0) kept.push({ bytes, hex, b64, latin1, text, back, ucs2 });
  if (kept.length > 600) kept.splice(0, 300);
  if (round % 2500 === 0) gc();
  assert.strictEqual(hex, hexOf(bytes));
  assert.strictEqual(b64, base64Of(bytes));
  assert.strictEqual(back, text);
  assert.strictEqual(ucs2, text);
  assert.strictEqual(latin1.length, n);
  assert.ok(Buffer.from(hex, 'hex').equals(bytes));
  assert.ok(Buffer.from(b64, 'base64').equals(bytes));
  assert.ok(Buffer.from(latin1, 'latin1').equals(bytes));
}
gc();
// Everything kept is still what it was.
const map = new Map();
for (const k of kept) {
  assert.strictEqual(k.hex, hexOf(k.bytes));
  assert.strictEqual(k.b64, base64Of(k.bytes));
  assert.strictEqual(k.back, k.text);
  assert.strictEqual(k.ucs2, k.text);
  for (let i = 0; i < k.latin1.length; i++) assert.strictEqual(k.latin1.charCodeAt(i), k.bytes[i]);
  map.set(k.hex, k);
  assert.strictEqual(`[${k.b64}]`.slice(1, -1), k.b64);
}
for (const k of kept) assert.strictEqual(map.get(hexOf(k.bytes)).hex, k.hex);

// Exact sizes from the short-string path, including input the decoders stop
// early on or skip.
assert.deepStrictEqual([...Buffer.from('abzz12', 'hex')], [0xab]);
assert.deepStrictEqual([...Buffer.from('YW Jj\nZA', 'base64')], [0x61, 0x62, 0x63, 0x64]);
assert.strictEqual(Buffer.from('\ud800x').length, 4);
assert.strictEqual(Buffer.from('x'.repeat(256)).length, 256);
assert.strictEqual(Buffer.from('é'.repeat(256)).length, 512);
assert.strictEqual(Buffer.from('é'.repeat(257)).length, 514);
assert.strictEqual(Buffer.from('\u{1f600}'.repeat(128)).length, 512);
assert.strictEqual(Buffer.from('ab', 'ucs2').length, 4);
assert.strictEqual(Buffer.from('', 'hex').length, 0);
assert.strictEqual(Buffer.from('z', 'hex').length, 0);

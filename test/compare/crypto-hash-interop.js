'use strict';
// Digests and HMACs of deterministic inputs under every digest node lists,
// in every output encoding, with string (ASCII, Latin-1, BMP, astral, lone
// surrogate) and byte inputs; crypto.hash; getHashes itself.
const crypto = require('crypto');

const hashes = crypto.getHashes();
console.log('getHashes', hashes.length, hashes.join(' '));

const inputs = [
  '',
  'abc',
  'caf\u00e9 \u00ff',
  '\u4e2d\u6587 \ud83d\ude00',
  'lone \ud800 surrogate',
  'x'.repeat(1000),
];
const bytes = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) & 0xff));

for (const alg of hashes) {
  const parts = [];
  for (const s of inputs) parts.push(crypto.createHash(alg).update(s).digest('hex'));
  parts.push(crypto.createHash(alg).update(bytes).digest('base64'));
  const h = crypto.createHash(alg);
  for (let i = 0; i < bytes.length; i += 17) h.update(bytes.subarray(i, i + 17));
  parts.push(h.digest('base64url'));
  try {
    parts.push(crypto.createHmac(alg, 'key').update('message').digest('hex'));
  } catch (e) {
    parts.push(`hmac: ${e.message}`);
  }
  console.log(alg, parts.join(' '));
}

for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'utf8', 'utf16le', 'ucs2',
  'ascii', 'buffer', undefined]) {
  const v = crypto.createHash('sha1').update('abc').digest(enc);
  console.log('digest', enc, JSON.stringify(Buffer.isBuffer(v) ? [...v] : v));
  const m = crypto.createHmac('sha1', 'k').update('abc').digest(enc);
  console.log('hmac', enc, JSON.stringify(Buffer.isBuffer(m) ? [...m] : m));
}
for (const enc of ['hex', 'base64', 'latin1', 'utf16le', 'ascii', 'base64url']) {
  const data = Buffer.from('hello world').toString(enc);
  console.log('input', enc, crypto.createHash('md5').update(data, enc).digest('hex'));
}
for (const enc of ['hex', 'base64', 'base64url', 'buffer', 'latin1']) {
  const v = crypto.hash('sha512', 'abc', enc);
  console.log('hash', enc, Buffer.isBuffer(v) ? v.toString('hex') : v);
}
for (const len of [0, 1, 16, 32, 100, 1000]) {
  console.log('shake', len, crypto.createHash('shake256', { outputLength: len }).update('x')
    .digest('hex').slice(0, 80));
}
const c = crypto.createHash('sha384').update('a');
console.log('copy', c.copy().update('b').digest('hex'), c.digest('hex'));

// Odd encoding arguments: 'buffer', mixed case, null and '' (digest gives a
// Buffer for the falsy ones), HMAC key encodings.
for (const e of ['buffer', 'ascii', 'binary', 'ucs2', 'UTF8', 'Hex', 'utf-16le', 'base64url', null, '']) {
  const v = crypto.createHash('md5').update('\u00ff\u0100ab', e).digest(e);
  console.log('enc', e, crypto.createHash('md5').update('\u00ff\u0100ab', e).digest('hex'),
              Buffer.isBuffer(v) ? `<Buffer ${v.toString('hex')}>` : JSON.stringify(v));
}
console.log(crypto.createHmac('md5', '\u00ff', { encoding: 'latin1' }).digest('hex'));
console.log(crypto.createHmac('md5', 'ff', { encoding: 'hex' }).digest('hex'));
try {
  crypto.createHmac('md5', 'k', { encoding: 5 });
} catch (e) {
  console.log(e.code, e.message);
}

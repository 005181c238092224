'use strict';
// Every cipher node lists: getCipherInfo, then (where it can be driven by
// key and IV alone) a deterministic encryption of fixed text with fixed
// key and IV, printed as hex, and its decryption checked. AEAD modes print
// their tags. Text output encodings of update/final are exercised too.
const crypto = require('crypto');

const text = Buffer.from('Deterministic plaintext, 64 bytes long..........................');
const ciphers = crypto.getCiphers();
console.log('getCiphers', ciphers.length, ciphers.join(' '));
console.log('getCurves', crypto.getCurves().join(' '));

function bytes(n, seed) {
  return Buffer.from(Array.from({ length: n }, (_, i) => (i * 13 + seed) & 0xff));
}

for (const name of ciphers) {
  const info = crypto.getCipherInfo(name);
  console.log('info', name, JSON.stringify(info));
  if (!info || info.mode === 'wrap') continue;
  const aead = ['gcm', 'ccm', 'ocb'].includes(info.mode) || name === 'chacha20-poly1305';
  const key = bytes(info.keyLength, 1);
  if (info.mode === 'xts') key[info.keyLength - 1] ^= 0xff;
  const iv = info.ivLength ? bytes(info.ivLength, 7) : null;
  const opts = aead ? { authTagLength: 16 } : undefined;
  try {
    const c = crypto.createCipheriv(name, key, iv, opts);
    if (aead) c.setAAD(Buffer.from('aad'), { plaintextLength: text.length });
    const ct = Buffer.concat([c.update(text), c.final()]);
    const tag = aead ? c.getAuthTag().toString('hex') : '-';
    const d = crypto.createDecipheriv(name, key, iv, opts);
    if (aead) {
      d.setAuthTag(Buffer.from(tag, 'hex'));
      d.setAAD(Buffer.from('aad'), { plaintextLength: text.length });
    }
    const pt = Buffer.concat([d.update(ct), d.final()]);
    console.log('enc', name, ct.toString('hex'), tag, pt.equals(text));
  } catch (e) {
    console.log('enc', name, 'error', e.code, e.message);
  }
}

// Output encodings across update() boundaries.
const key = bytes(16, 3);
const iv = bytes(16, 5);
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'utf8', 'utf16le', 'ascii']) {
  const c = crypto.createCipheriv('aes-128-ctr', key, iv);
  const parts = [];
  for (let i = 0; i < text.length; i += 5) parts.push(c.update(text.subarray(i, i + 5), undefined, enc));
  parts.push(c.final(enc));
  console.log('out', enc, JSON.stringify(parts));
}
for (const enc of ['hex', 'base64', 'latin1', 'utf16le']) {
  const c = crypto.createCipheriv('aes-128-cbc', key, iv);
  const s = text.toString(enc);
  console.log('in', enc, c.update(s, enc, 'hex') + c.final('hex'));
}

// createCipher (deprecated; keyed by EVP_BytesToKey).
const legacy = crypto.createCipher('aes-256-cbc', 'password');
const lct = legacy.update('legacy text', 'utf8', 'hex') + legacy.final('hex');
const ld = crypto.createDecipher('aes-256-cbc', 'password');
console.log('legacy', lct, ld.update(lct, 'hex', 'utf8') + ld.final('utf8'));

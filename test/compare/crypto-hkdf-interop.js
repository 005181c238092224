'use strict';
// hkdfSync/hkdf outputs (ArrayBuffers) for several digests and input forms,
// length limits, and node's errors.
const crypto = require('crypto');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r instanceof ArrayBuffer ? `AB ${Buffer.from(r).toString('hex')}` : r);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e).join(','));
  }
}

for (const digest of ['sha1', 'sha256', 'sha384', 'sha512', 'md5', 'sha3-512', 'SHA256']) {
  show(digest, () => crypto.hkdfSync(digest, 'ikm', 'salt', 'info', 42));
}
show('bytes', () => crypto.hkdfSync('sha256', Buffer.from('ikm'), new Uint8Array(3), new ArrayBuffer(2), 10));
show('empty', () => crypto.hkdfSync('sha256', '', '', '', 10));
show('utf8', () => crypto.hkdfSync('sha256', '\u00e9', '\ud83d\ude00', 'i', 10));
show('zero', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 0));
show('max', () => crypto.hkdfSync('sha1', 'k', 's', 'i', 255 * 20).byteLength);
show('too long', () => crypto.hkdfSync('sha1', 'k', 's', 'i', 255 * 20 + 1));
show('bad digest', () => crypto.hkdfSync('nope', 'k', 's', 'i', 8));
show('digest type', () => crypto.hkdfSync(1, 'k', 's', 'i', 8));
show('info 1024', () => crypto.hkdfSync('sha256', 'k', 's', 'i'.repeat(1024), 8).byteLength);
show('info 1025', () => crypto.hkdfSync('sha256', 'k', 's', 'i'.repeat(1025), 8));
show('ikm type', () => crypto.hkdfSync('sha256', 1, 's', 'i', 8));
show('salt type', () => crypto.hkdfSync('sha256', 'k', null, 'i', 8));
show('info type', () => crypto.hkdfSync('sha256', 'k', 's', 1, 8));
show('length type', () => crypto.hkdfSync('sha256', 'k', 's', 'i', '8'));
show('length neg', () => crypto.hkdfSync('sha256', 'k', 's', 'i', -1));
show('length float', () => crypto.hkdfSync('sha256', 'k', 's', 'i', 1.5));
show('no callback', () => crypto.hkdf('sha256', 'k', 's', 'i', 8));
show('bad digest async', () => crypto.hkdf('nope', 'k', 's', 'i', 8, () => {}));

crypto.hkdf('sha512', 'key', 'salt', 'info', 20, (err, ab) => {
  console.log('async', err, ab instanceof ArrayBuffer, Buffer.from(ab).toString('hex'));
});

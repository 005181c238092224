'use strict';
// pbkdf2Sync/pbkdf2 outputs under several digests and input forms, the
// async callback order against timers and immediates, and node's errors.
const crypto = require('crypto');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e).join(','));
  }
}

for (const digest of ['sha1', 'sha256', 'sha512', 'md5', 'sha3-256', 'SHA256', 'RSA-SHA1']) {
  show(digest, () => crypto.pbkdf2Sync('password', 'salt', 3, 40, digest));
}
show('bytes', () => crypto.pbkdf2Sync(Buffer.from([0, 1, 2]), new Uint16Array([5]), 2, 16, 'sha1'));
show('arraybuffer', () => crypto.pbkdf2Sync(new ArrayBuffer(4), new DataView(new ArrayBuffer(2)), 1, 8, 'sha1'));
show('utf8', () => crypto.pbkdf2Sync('p\u00e4ss\ud83d\ude00', 's\u00e4lt', 2, 16, 'sha256'));
show('keylen 0', () => crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1'));
show('long', () => crypto.pbkdf2Sync('p', 's', 1, 100, 'sha1'));

show('bad digest', () => crypto.pbkdf2Sync('p', 's', 1, 8, 'nope'));
show('no digest', () => crypto.pbkdf2Sync('p', 's', 1, 8));
show('digest type', () => crypto.pbkdf2Sync('p', 's', 1, 8, 1));
show('iterations 0', () => crypto.pbkdf2Sync('p', 's', 0, 8, 'sha1'));
show('iterations float', () => crypto.pbkdf2Sync('p', 's', 1.5, 8, 'sha1'));
show('iterations big', () => crypto.pbkdf2Sync('p', 's', 2 ** 31, 8, 'sha1'));
show('iterations type', () => crypto.pbkdf2Sync('p', 's', '1', 8, 'sha1'));
show('keylen neg', () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'));
show('keylen type', () => crypto.pbkdf2Sync('p', 's', 1, null, 'sha1'));
show('password type', () => crypto.pbkdf2Sync(1, 's', 1, 8, 'sha1'));
show('salt type', () => crypto.pbkdf2Sync('p', {}, 1, 8, 'sha1'));
show('xof digest', () => crypto.pbkdf2Sync('p', 's', 1, 8, 'shake128'));
show('no callback', () => crypto.pbkdf2('p', 's', 1, 8, 'sha1'));
show('bad digest async', () => crypto.pbkdf2('p', 's', 1, 8, 'nope', () => {}));
show('both bad async', () => crypto.pbkdf2('p', 's', 1, 8, 'nope'));

const order = [];
setTimeout(() => order.push('timeout'), 0);
setImmediate(() => order.push('immediate'));
process.nextTick(() => order.push('tick'));
// The two jobs run on the thread pool and may finish in either order, so
// their results are printed together once both are in.
const results = [];
crypto.pbkdf2('password', 'salt', 1, 20, 'sha1', (err, key) => {
  order.push('pbkdf2');
  results.push(['async', err, key.toString('hex'), this === undefined].join(' '));
});
crypto.pbkdf2('password', 'salt', 1, 20, 'shake128', (err, key) => {
  results.push(['async error', err && err.message, key].join(' '));
});
setTimeout(() => {
  console.log(results.sort().join('\n'));
  console.log(order.filter((x) => x !== 'immediate' && x !== 'timeout').join());
}, 100);

'use strict';
// scryptSync/scrypt outputs for several parameter sets, option aliases and
// defaults, and node's errors.
const crypto = require('crypto');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e).join(','));
  }
}

show('defaults', () => crypto.scryptSync('password', 'salt', 32));
show('N16', () => crypto.scryptSync('password', 'salt', 32, { N: 16, r: 1, p: 1 }));
show('aliases', () => crypto.scryptSync('password', 'salt', 32, { cost: 16, blockSize: 1, parallelization: 2 }));
show('zeros', () => crypto.scryptSync('password', 'salt', 16, { N: 0, r: 0, p: 0, maxmem: 0 }));
show('bytes', () => crypto.scryptSync(Buffer.from('pw'), new Uint8Array([1, 2, 3]), 16, { N: 32 }));
show('keylen 0', () => crypto.scryptSync('p', 's', 0, { N: 16 }));
show('options number', () => crypto.scryptSync('p', 's', 8, 5));
show('options null', () => crypto.scryptSync('p', 's', 8, null));

show('N 3', () => crypto.scryptSync('p', 's', 8, { N: 3 }));
show('N 1', () => crypto.scryptSync('p', 's', 8, { N: 1 }));
show('N mem', () => crypto.scryptSync('p', 's', 8, { N: 2 ** 20 }));
show('maxmem', () => crypto.scryptSync('p', 's', 8, { N: 16, maxmem: 1 }));
show('N and cost', () => crypto.scryptSync('p', 's', 8, { N: 16, cost: 16 }));
show('r and blockSize', () => crypto.scryptSync('p', 's', 8, { r: 8, blockSize: 8 }));
show('p and parallelization', () => crypto.scryptSync('p', 's', 8, { p: 1, parallelization: 1 }));
show('N type', () => crypto.scryptSync('p', 's', 8, { N: 'a' }));
show('cost type', () => crypto.scryptSync('p', 's', 8, { cost: -1 }));
show('maxmem type', () => crypto.scryptSync('p', 's', 8, { maxmem: 1.5 }));
show('keylen', () => crypto.scryptSync('p', 's', -1));
show('password', () => crypto.scryptSync(null, 's', 8));
show('no callback', () => crypto.scrypt('p', 's', 8, { N: 16 }));
show('callback only', () => crypto.scrypt('p', 's', 8));

crypto.scrypt('password', 'salt', 16, { N: 16 }, (err, key) => console.log('async', err, key.toString('hex')));
crypto.scrypt('password', 'salt', 16, (err, key) => console.log('async defaults', err, key.toString('hex')));

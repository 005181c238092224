'use strict';
// createDiffieHellman with a prime of no bytes is refused at once, as in
// node, instead of making an object whose every later call fails.
const assert = require('node:assert');
const crypto = require('node:crypto');

for (const prime of [Buffer.alloc(0), new Uint8Array(0), '']) {
  assert.throws(() => crypto.createDiffieHellman(prime), {
    code: 'ERR_OSSL_BN_BITS_TOO_SMALL',
  });
}
assert.throws(() => crypto.createDiffieHellman(Buffer.alloc(0), Buffer.from([2])), {
  code: 'ERR_OSSL_BN_BITS_TOO_SMALL',
});

'use strict';
// scrypt test vectors of RFC 7914 section 12, the option aliases
// (cost/blockSize/parallelization), maxmem, and node's errors.
const assert = require('node:assert');
const crypto = require('node:crypto');
const common = require('../../common');

const vectors = [
  ['', '', { N: 16, r: 1, p: 1 }, 64,
   '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442' +
   'fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906'],
  ['password', 'NaCl', { N: 1024, r: 8, p: 16 }, 64,
   'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' +
   '2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640'],
  ['pleaseletmein', 'SodiumChloride', { N: 16384, r: 8, p: 1 }, 64,
   '7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2' +
   'd5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887'],
];

for (const [p, s, opts, len, expected] of vectors) {
  assert.strictEqual(crypto.scryptSync(p, s, len, opts).toString('hex'), expected);
  const aliases = { cost: opts.N, blockSize: opts.r, parallelization: opts.p };
  assert.strictEqual(crypto.scryptSync(p, s, len, aliases).toString('hex'), expected);
  crypto.scrypt(p, s, len, opts, common.mustSucceed((key) => {
    assert.ok(Buffer.isBuffer(key));
    assert.strictEqual(key.toString('hex'), expected);
  }));
}

// Defaults are N=16384, r=8, p=1; zero means the default.
assert.strictEqual(crypto.scryptSync('pleaseletmein', 'SodiumChloride', 64).toString('hex'),
                   vectors[2][4]);
assert.strictEqual(crypto.scryptSync('pleaseletmein', 'SodiumChloride', 64, { N: 0, p: 0 })
  .toString('hex'), vectors[2][4]);
crypto.scrypt('pleaseletmein', 'SodiumChloride', 64, common.mustSucceed((key) => {
  assert.strictEqual(key.toString('hex'), vectors[2][4]);
}));

assert.throws(() => crypto.scryptSync('p', 's', 8, { N: 3 }), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', message: 'Invalid scrypt params',
});
assert.throws(() => crypto.scryptSync('p', 's', 8, { N: 2 ** 20 }), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
  message: /^Invalid scrypt params: error:[0-9A-F]{8}:digital envelope routines::memory limit exceeded$/,
});
assert.throws(() => crypto.scryptSync('p', 's', 8, { N: 16, cost: 16 }), {
  code: 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', message: 'Invalid scrypt parameter',
});
assert.throws(() => crypto.scryptSync('p', 's', 8, { r: 1, blockSize: 1 }),
              { code: 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER' });
assert.throws(() => crypto.scryptSync('p', 's', 8, { N: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "N" argument must be of type number. Received type string (\'a\')',
});
assert.throws(() => crypto.scryptSync('p', 's', -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.scrypt('p', 's', 8, {}), { code: 'ERR_INVALID_ARG_TYPE' });
// maxmem large enough lets N=2^20 through the parameter check.
assert.strictEqual(crypto.scryptSync('p', 's', 1, { N: 2 ** 10, maxmem: 2 ** 24 }).length, 1);

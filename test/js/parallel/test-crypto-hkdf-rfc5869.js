'use strict';
// HKDF test cases 1-4 and 7 of RFC 5869 (SHA-256 and SHA-1), sync and on the
// thread pool; the result is an ArrayBuffer. Plus node's errors.
const assert = require('node:assert');
const crypto = require('node:crypto');
const common = require('../../common');

const hex = (s) => Buffer.from(s, 'hex');
const range = (from, to) => Buffer.from(Array.from({ length: to - from + 1 }, (_, i) => from + i));

const cases = [
  ['sha256', hex('0b'.repeat(22)), range(0x00, 0x0c), range(0xf0, 0xf9), 42,
   '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865'],
  ['sha256', range(0x00, 0x4f), range(0x60, 0xaf), range(0xb0, 0xff), 82,
   'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c' +
   '59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71' +
   'cc30c58179ec3e87c14c01d5c1f3434f1d87'],
  ['sha256', hex('0b'.repeat(22)), Buffer.alloc(0), Buffer.alloc(0), 42,
   '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8'],
  ['sha1', hex('0b'.repeat(11)), range(0x00, 0x0c), range(0xf0, 0xf9), 42,
   '085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c22e422478d305f3f896'],
  ['sha1', hex('0c'.repeat(22)), Buffer.alloc(0), Buffer.alloc(0), 42,
   '2c91117204d745f3500d636a62f64f0ab3bae548aa53d423b0d1f27ebba6f5e5673a081d70cce7acfc48'],
];

for (const [hash, ikm, salt, info, len, expected] of cases) {
  const out = crypto.hkdfSync(hash, ikm, salt, info, len);
  assert.ok(out instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(out).toString('hex'), expected);
  crypto.hkdf(hash, ikm, salt, info, len, common.mustSucceed((ab) => {
    assert.ok(ab instanceof ArrayBuffer);
    assert.strictEqual(Buffer.from(ab).toString('hex'), expected);
  }));
}

// Strings are UTF-8; an empty key is allowed; the length may be 0.
assert.strictEqual(Buffer.from(crypto.hkdfSync('sha256', 'k', 's', 'i', 8)).toString('hex'),
                   Buffer.from(crypto.hkdfSync('sha256', Buffer.from('k'), Buffer.from('s'),
                                               Buffer.from('i'), 8)).toString('hex'));
assert.strictEqual(crypto.hkdfSync('sha256', '', 's', 'i', 8).byteLength, 8);
assert.strictEqual(crypto.hkdfSync('sha256', 'k', 's', 'i', 0).byteLength, 0);
assert.strictEqual(crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32).byteLength, 255 * 32);

assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length',
});
assert.throws(() => crypto.hkdfSync('nope', 'k', 's', 'i', 8), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
});
assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i'.repeat(1025), 8), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "info" is out of range. It must be must not contain more than ' +
    '1024 bytes. Received 1025',
});
assert.throws(() => crypto.hkdfSync('sha256', 1, 's', 'i', 8), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hkdfSync('sha256', 'k', 1, 'i', 8), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i', '8'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "length" argument must be of type number. Received type string (\'8\')',
});
assert.throws(() => crypto.hkdf('sha256', 'k', 's', 'i', 8), { code: 'ERR_INVALID_ARG_TYPE' });

'use strict';
// PBKDF2-HMAC-SHA1 test vectors of RFC 6070 (the 16777216-round case is
// left out for time), synchronous and on the thread pool, plus argument
// errors.
const assert = require('node:assert');
const crypto = require('node:crypto');
const common = require('../../common');

const vectors = [
  ['password', 'salt', 1, 20, '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 20, 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 20, '4b007901b765489abead49d926f721d065a429c1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25,
   '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['pass\0word', 'sa\0lt', 4096, 16, '56fa6aa75548099dcc37d7f03425e0c3'],
];

for (const [p, s, c, len, expected] of vectors) {
  const sync = crypto.pbkdf2Sync(p, s, c, len, 'sha1');
  assert.ok(Buffer.isBuffer(sync));
  assert.strictEqual(sync.toString('hex'), expected);
  // Bytes (Buffer, Uint8Array, ArrayBuffer) work as password and salt.
  const pb = Buffer.from(p);
  assert.strictEqual(
    crypto.pbkdf2Sync(new Uint8Array(pb), new Uint8Array(Buffer.from(s)).buffer, c, len, 'sha1')
      .toString('hex'), expected);
  crypto.pbkdf2(p, s, c, len, 'sha1', common.mustSucceed((key) => {
    assert.strictEqual(key.toString('hex'), expected);
  }));
}

// SHA-256 (a widely published value).
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 32, 'sha256').toString('hex'),
                   '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b');
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 0, 'sha256').length, 0);

assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, 8, 'nope'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope',
});
assert.throws(() => crypto.pbkdf2Sync('p', 's', 0, 8, 'sha1'), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. ' +
    'Received 0',
});
assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, 8), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "digest" argument must be of type string. Received undefined',
});
assert.throws(() => crypto.pbkdf2Sync(1, 's', 1, 8, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.pbkdf2('p', 's', 1, 8, 'sha1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
// The digest is checked after the callback.
assert.throws(() => crypto.pbkdf2('p', 's', 1, 8, 'nope', () => {}),
              { code: 'ERR_CRYPTO_INVALID_DIGEST' });

'use strict';
// Sign and Verify are Writable streams: write/pipe then sign, output
// encodings, one signature per object, node's errors for misuse.
const assert = require('node:assert');
const crypto = require('node:crypto');
const { Readable, Writable } = require('node:stream');
const common = require('../../common');

const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const data = Buffer.from('stream me please');

const s = crypto.createSign('sha256');
assert(s instanceof Writable);
assert(s instanceof crypto.Sign);
Readable.from([data.subarray(0, 5), data.subarray(5)]).pipe(s).on('finish', common.mustCall(() => {
  const sig = s.sign(privateKey, 'base64');
  assert.strictEqual(typeof sig, 'string');
  const v = crypto.Verify('sha256');
  v.write(data);
  v.end();
  assert.strictEqual(v.verify(publicKey, sig, 'base64'), true);
  assert.throws(() => s.sign(privateKey), { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Not initialised' });
  assert.throws(() => s.update('x'), { code: 'ERR_CRYPTO_INVALID_STATE' });
}));

// PKCS#1 v1.5 is deterministic: stream and one-shot agree.
const a = crypto.createSign('RSA-SHA256').update('stream ').update(Buffer.from('me please')).sign(privateKey);
assert.deepStrictEqual(a, crypto.sign('sha256', data, privateKey));
assert.strictEqual(crypto.createSign('sha256').update('73747265616d206d6520706c65617365', 'hex')
  .sign(privateKey, 'hex'), a.toString('hex'));

assert.throws(() => crypto.createSign('nope'),
              { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest' });
assert.throws(() => crypto.createSign(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createSign('sha256').update(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createSign('sha256').sign(), { code: 'ERR_CRYPTO_SIGN_KEY_REQUIRED' });
assert.throws(() => crypto.createSign('sha256').sign(publicKey),
              { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
                message: 'Invalid key object type public, expected private.' });

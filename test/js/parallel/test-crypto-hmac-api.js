'use strict';
// Hmac: key forms (string with encoding, Buffer, TypedArray, ArrayBuffer,
// DataView), the key copied at creation, a second digest() giving empty
// output, finalization and argument errors, Hmac as a stream.
const assert = require('node:assert');
const crypto = require('node:crypto');
const common = require('../../common');

const expected = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';
const msg = 'what do ya want for nothing?';
const keyBytes = Buffer.from('Jefe');

const keys = [
  'Jefe',
  keyBytes,
  new Uint8Array(keyBytes),
  new Uint8Array(keyBytes).buffer,
  new DataView(new Uint8Array(keyBytes).buffer),
];
for (const key of keys) {
  assert.strictEqual(crypto.createHmac('sha256', key).update(msg).digest('hex'), expected);
  const h = crypto.createHmac('sha256', key);
  for (const part of [msg.slice(0, 4), Buffer.from(msg.slice(4, 10)), msg.slice(10)]) h.update(part);
  assert.strictEqual(h.digest('hex'), expected);
}
assert.strictEqual(
  crypto.createHmac('sha256', '4a656665', { encoding: 'hex' }).update(msg).digest('hex'),
  expected);
assert.strictEqual(crypto.createHmac('sha256', 'SmVmZQ==', { encoding: 'base64' })
  .update(Buffer.from(msg)).digest('base64'), Buffer.from(expected, 'hex').toString('base64'));

// The key is read when the Hmac is created.
const mutable = Buffer.from('Jefe');
const early = crypto.createHmac('sha256', mutable);
mutable.fill(0);
assert.strictEqual(early.update(msg).digest('hex'), expected);

// Empty key and empty message are fine.
assert.strictEqual(crypto.createHmac('sha256', '').digest('hex'),
                   'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');

// A second digest() returns empty output; update() after digest() throws.
const twice = crypto.createHmac('md5', 'k');
twice.update('x');
assert.strictEqual(twice.digest('hex').length, 32);
assert.strictEqual(twice.digest('hex'), '');
assert.deepStrictEqual(twice.digest(), Buffer.alloc(0));
assert.throws(() => twice.update('y'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });

assert.throws(() => crypto.createHmac('nope', 'k'), (err) => {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.code, 'ERR_CRYPTO_INVALID_DIGEST');
  assert.strictEqual(err.message, 'Invalid digest: nope');
  return true;
});
assert.throws(() => crypto.createHmac('sha256', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, ' +
    'Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received type number (1)',
});
assert.throws(() => crypto.createHmac('sha256', null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHmac(5, 'k'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hmac" argument must be of type string. Received type number (5)',
});
assert.throws(() => crypto.createHmac('sha1', 'k').update({}), { code: 'ERR_INVALID_ARG_TYPE' });

assert.ok(crypto.createHmac('sha1', 'k') instanceof crypto.Hmac);
assert.strictEqual(crypto.Hmac('sha256', 'Jefe').update(msg).digest('hex'), expected);

// Streaming.
const s = crypto.createHmac('sha256', 'Jefe');
s.on('data', common.mustCall((d) => assert.strictEqual(d.toString('hex'), expected)));
s.end(msg);

// timingSafeEqual.
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
assert.strictEqual(crypto.timingSafeEqual(new Uint8Array(0), new ArrayBuffer(0)), true);
assert.strictEqual(crypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])), true);
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)), {
  name: 'RangeError',
  code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
  message: 'Input buffers must have the same byte length',
});
assert.throws(() => crypto.timingSafeEqual('a', Buffer.alloc(1)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
});
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(1), 'a'), {
  message: 'The "buf2" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
});

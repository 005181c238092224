'use strict';
// generatePrime/checkPrime, sync and async: sizes, safe primes, add/rem,
// BigInt results, known primes and composites, node's errors.
const assert = require('node:assert');
const crypto = require('node:crypto');
const common = require('../../common');

const toBig = (ab) => BigInt(`0x${Buffer.from(ab).toString('hex')}`);
for (const bits of [8, 16, 64, 128]) {
  const p = crypto.generatePrimeSync(bits);
  assert(p instanceof ArrayBuffer);
  assert.strictEqual(toBig(p).toString(2).length, bits);
  assert(crypto.checkPrimeSync(p));
  const b = crypto.generatePrimeSync(bits, { bigint: true, safe: bits >= 16 });
  assert.strictEqual(typeof b, 'bigint');
  assert(crypto.checkPrimeSync(b));
  if (bits >= 16) assert(crypto.checkPrimeSync((b - 1n) / 2n));
}
const withAdd = crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true });
assert.strictEqual(withAdd % 12n, 11n);
assert.strictEqual(crypto.checkPrimeSync(2n ** 127n - 1n), true);
assert.strictEqual(crypto.checkPrimeSync(2n ** 61n + 1n), false);
assert.strictEqual(crypto.checkPrimeSync(Buffer.from([7]), { checks: 10 }), true);
assert.strictEqual(crypto.checkPrimeSync(new Uint8Array([1, 1])), true);

assert.throws(() => crypto.generatePrimeSync(0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.generatePrimeSync(3, { add: 1024n }), { code: 'ERR_OUT_OF_RANGE', message: 'invalid options.add' });
assert.throws(() => crypto.generatePrimeSync(16, { add: 12n, rem: 13n }), { message: 'invalid options.rem' });
assert.throws(() => crypto.generatePrimeSync(16, { add: -1n }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.generatePrimeSync(16, { add: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generatePrimeSync(16, { bigint: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generatePrimeSync(1), /bits too small/);
assert.throws(() => crypto.checkPrimeSync(-7n), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.checkPrimeSync('7'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.checkPrimeSync(7n, { checks: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.checkPrime(7n), { code: 'ERR_INVALID_ARG_TYPE' });

crypto.generatePrime(24, common.mustCall((err, p) => {
  assert.strictEqual(err, undefined);
  assert(p instanceof ArrayBuffer);
  crypto.checkPrime(p, common.mustCall((err2, ok) => {
    assert.strictEqual(err2, undefined);
    assert.strictEqual(ok, true);
  }));
}));
crypto.generatePrime(24, { bigint: true }, common.mustCall((err, p) => assert.strictEqual(typeof p, 'bigint')));
crypto.checkPrime(2n ** 89n - 1n, { checks: 20 }, common.mustCall((err, ok) => assert.strictEqual(ok, true)));

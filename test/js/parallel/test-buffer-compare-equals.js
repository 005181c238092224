'use strict';
// compare/equals/Buffer.compare: byte order, then length; ranges are
// validated with node's messages; plain Uint8Arrays are accepted.
const assert = require('node:assert');

const a = Buffer.from('abc');
assert.strictEqual(a.compare(Buffer.from('abc')), 0);
assert.strictEqual(a.compare(Buffer.from('abd')), -1);
assert.strictEqual(a.compare(Buffer.from('ab')), 1);
assert.strictEqual(a.compare(new Uint8Array([0x61, 0x62, 0x63, 0])), -1);
assert.strictEqual(Buffer.compare(Buffer.from([2]), Buffer.from([1, 9])), 1);
assert.strictEqual(Buffer.compare(a, a), 0);
assert.deepStrictEqual([Buffer.from('b'), Buffer.from('a'), Buffer.from('ab')].sort(Buffer.compare)
  .map(String), ['a', 'ab', 'b']);

// Ranges: compare(target, targetStart, targetEnd, sourceStart, sourceEnd).
const t = Buffer.from('xxabcxx');
assert.strictEqual(a.compare(t, 2, 5), 0);
assert.strictEqual(a.compare(t, 2, 4, 0, 2), 0);
assert.strictEqual(a.compare(t, 2, 2), 1);
assert.strictEqual(a.compare(t, 2, 5, 3), -1);
assert.strictEqual(a.compare(t, 5, 5, 3), 0);
assert.strictEqual(a.compare(t, undefined, undefined, 1), -1);
assert.throws(() => a.compare(t, 0, 8), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetEnd" is out of range. It must be >= 0 && <= 7. Received 8',
});
assert.throws(() => a.compare(t, 0, 1, 0, 4), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceEnd" is out of range. It must be >= 0 && <= 3. Received 4',
});
assert.throws(() => a.compare(t, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetStart" is out of range. It must be >= 0 && <= 4294967296. ' +
    'Received -1',
});
assert.throws(() => a.compare(t, '1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => a.compare('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. ' +
    "Received type string ('abc')",
});
assert.throws(() => Buffer.compare(a, 'x'), {
  message: 'The "buf2" argument must be an instance of Buffer or Uint8Array. ' +
    "Received type string ('x')",
});
assert.throws(() => Buffer.compare([], a), {
  message: 'The "buf1" argument must be an instance of Buffer or Uint8Array. ' +
    'Received an instance of Array',
});

assert.strictEqual(a.equals(Buffer.from('abc')), true);
assert.strictEqual(a.equals(new Uint8Array([0x61, 0x62, 0x63])), true);
assert.strictEqual(a.equals(Buffer.from('abd')), false);
assert.strictEqual(Buffer.alloc(0).equals(new Uint8Array(0)), true);
assert.throws(() => a.equals('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "otherBuffer" argument must be an instance of Buffer or Uint8Array. ' +
    "Received type string ('abc')",
});

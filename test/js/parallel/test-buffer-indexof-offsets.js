'use strict';
// indexOf/lastIndexOf offsets: negative counts from the end, out-of-range
// offsets search all or nothing depending on the direction, NaN and missing
// search everything, a string offset is the encoding, and an empty needle
// matches at the (clamped) offset like String#indexOf.
const assert = require('node:assert');

const b = Buffer.from('abcabc');
assert.strictEqual(b.indexOf('bc'), 1);
assert.strictEqual(b.indexOf('bc', 2), 4);
assert.strictEqual(b.indexOf('bc', -3), 4);
assert.strictEqual(b.indexOf('bc', -100), 1);
assert.strictEqual(b.indexOf('bc', 100), -1);
assert.strictEqual(b.indexOf('bc', 2 ** 40), -1);
assert.strictEqual(b.indexOf('bc', null), 1);
assert.strictEqual(b.indexOf('bc', 'latin1'), 1);
assert.strictEqual(b.indexOf('bc', 1.9), 1);
assert.strictEqual(b.indexOf('bc', {}), 1);

assert.strictEqual(b.lastIndexOf('bc'), 4);
assert.strictEqual(b.lastIndexOf('bc', 5), 4);
assert.strictEqual(b.lastIndexOf('bc', 3), 1);
assert.strictEqual(b.lastIndexOf('bc', -3), 1);
assert.strictEqual(b.lastIndexOf('bc', -100), -1);
assert.strictEqual(b.lastIndexOf('bc', 100), 4);
assert.strictEqual(b.lastIndexOf('c', null), -1);
assert.strictEqual(b.lastIndexOf('c', {}), 5);
assert.strictEqual(b.lastIndexOf('a', 0), 0);

// Empty needles.
assert.strictEqual(b.indexOf(''), 0);
assert.strictEqual(b.indexOf('', 3), 3);
assert.strictEqual(b.indexOf('', 100), 6);
assert.strictEqual(b.indexOf('', -100), 0);
assert.strictEqual(b.lastIndexOf(''), 6);
assert.strictEqual(b.lastIndexOf('', -100), 0);
assert.strictEqual(b.indexOf(Buffer.alloc(0), 3), 3);
assert.strictEqual(Buffer.alloc(0).indexOf(''), 0);
assert.strictEqual(Buffer.alloc(0).indexOf('a'), -1);
assert.strictEqual(Buffer.alloc(0).indexOf(97), -1);

// Numbers: the low byte of value >>> 0.
assert.strictEqual(b.indexOf(99), 2);
assert.strictEqual(b.indexOf(99 + 256), 2);
assert.strictEqual(b.indexOf(98.7), 1);
assert.strictEqual(Buffer.from([0xff, 0xfe]).indexOf(-1), 0);
assert.strictEqual(Buffer.from([0xff, 0xfe]).indexOf(-2), 1);
assert.strictEqual(b.indexOf(99, 100), -1);
assert.strictEqual(b.indexOf(99, -100), 2);
assert.strictEqual(b.lastIndexOf(99, 100), 5);
assert.strictEqual(b.lastIndexOf(99, -100), -1);
assert.strictEqual(b.lastIndexOf(99, 4), 2);

assert.strictEqual(b.includes('ca'), true);
assert.strictEqual(b.includes('c', 6), false);
assert.strictEqual(b.includes(Buffer.from('cab')), true);
assert.strictEqual(b.includes('cb'), false);

assert.throws(() => b.indexOf({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be one of type number or string or an instance of ' +
    'Buffer or Uint8Array. Received an instance of Object',
});
assert.throws(() => b.indexOf('a', 0, 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });

// A long haystack with the match at the very end.
const long = Buffer.alloc(100000, 'ab');
long.write('zz', long.length - 2);
assert.strictEqual(long.indexOf('abzz'), 99996);
assert.strictEqual(long.lastIndexOf('abab'), 99994);
assert.strictEqual(long.indexOf(Buffer.from('zz')), 99998);

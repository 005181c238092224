'use strict';
// write() returns the bytes written and never writes part of a UTF-8
// character; unpaired surrogates are written as U+FFFD (EF BF BD).
const assert = require('node:assert');

function write(size, text, ...args) {
  const buf = Buffer.alloc(size);
  const n = buf.write(text, ...args);
  return [n, buf.toString('hex')];
}

assert.deepStrictEqual(write(5, '\u{1f600}\u{1f600}'), [4, 'f09f988000']);
assert.deepStrictEqual(write(3, 'a\u{1f600}'), [1, '610000']);
assert.deepStrictEqual(write(3, 'aéé'), [3, '61c3a9']);
assert.deepStrictEqual(write(2, 'aé'), [1, '6100']);
assert.deepStrictEqual(write(3, '€'), [3, 'e282ac']);
assert.deepStrictEqual(write(2, '€'), [0, '0000']);
assert.deepStrictEqual(write(3, '\ud800'), [3, 'efbfbd']);
assert.deepStrictEqual(write(2, '\ud800'), [0, '0000']);
assert.deepStrictEqual(write(7, '\udc00\ud800x'), [7, 'efbfbdefbfbd78']);
assert.deepStrictEqual(write(6, 'ab', 4), [2, '000000006162']);
assert.deepStrictEqual(write(6, 'abcdef', 1, 2), [2, '006162000000']);
assert.deepStrictEqual(write(6, 'abc', 'latin1'), [3, '616263000000']);
assert.deepStrictEqual(write(4, 'abc', 2, 'utf8'), [2, '00006162']);

assert.strictEqual(Buffer.from('\ud83d\ude00\ud83d').toString('hex'), 'f09f9880efbfbd');
assert.strictEqual(Buffer.byteLength('\ud83d\ude00\ud83d'), 7);
assert.strictEqual(Buffer.byteLength('aé€\u{1f600}'), 10);

// Offsets and lengths are validated.
const buf = Buffer.alloc(4);
assert.throws(() => buf.write('a', 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5',
});
assert.throws(() => buf.write('a', 0, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be >= 0 && <= 4. Received 5',
});
assert.throws(() => buf.write('a', '1', 'utf8'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => buf.write(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'argument must be a string',
});
assert.throws(() => buf.write('a', 0, 1, 'utf7'), {
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: utf7',
});
assert.strictEqual(buf.write('', 4), 0);

// The C++-style methods have their own checks.
assert.strictEqual(buf.utf8Write('abcdef', 1, 10), 3);
assert.throws(() => buf.utf8Write('a', 5), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"offset" is outside of buffer bounds',
});
assert.throws(() => buf.utf8Write('a', -1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'Index out of range',
});
assert.throws(() => Buffer.prototype.utf8Write.call({}, 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'argument must be a buffer',
});

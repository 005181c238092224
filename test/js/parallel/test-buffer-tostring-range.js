'use strict';
// toString(encoding, start, end) clamps and truncates the range like node:
// out-of-range, NaN and non-numeric bounds fall back, start >= end gives ''.
const assert = require('node:assert');

const b = Buffer.from('abcdef');
assert.strictEqual(b.toString(), 'abcdef');
assert.strictEqual(b.toString(undefined, 1, 3), 'bc');
assert.strictEqual(b.toString('utf8', '1'), 'bcdef');
assert.strictEqual(b.toString('utf8', 1.7, 2.9), 'b');
assert.strictEqual(b.toString('utf8', -1, 'x'), '');
assert.strictEqual(b.toString('utf8', NaN, Infinity), 'abcdef');
assert.strictEqual(b.toString('utf8', 6), '');
assert.strictEqual(b.toString('utf8', 2, 100), 'cdef');
assert.strictEqual(b.toString('utf8', 4, 2), '');
assert.strictEqual(b.toString('utf8', null, null), '');
assert.strictEqual(b.toString('latin1', 0, -1), '');
assert.strictEqual(b.toString('hex', 5), '66');
assert.strictEqual(b.toLocaleString('ascii', 1, 2), 'b');
assert.strictEqual(String(b), 'abcdef');
assert.strictEqual(`${b}`, 'abcdef');

// The xxxSlice methods check like node's C++.
assert.strictEqual(b.latin1Slice(), 'abcdef');
assert.strictEqual(b.latin1Slice(2), 'cdef');
assert.strictEqual(b.latin1Slice(4, 2), '');
assert.strictEqual(Buffer.alloc(0).utf8Slice(5, 10), '');
assert.throws(() => b.latin1Slice(0, 7), { code: 'ERR_OUT_OF_RANGE', message: 'Index out of range' });
assert.throws(() => b.latin1Slice(-1), { code: 'ERR_OUT_OF_RANGE', message: 'Index out of range' });
assert.strictEqual(Buffer.prototype.latin1Slice.call(new Uint8Array([0x68, 0x69])), 'hi');

'use strict';
// hex: lower-case pairs when encoding; decoding stops at the first pair that
// is not two hex digits (a lone last digit is ignored).
const assert = require('node:assert');

assert.strictEqual(Buffer.from([0, 1, 0xab, 0xff]).toString('hex'), '0001abff');
assert.deepStrictEqual([...Buffer.from('0001ABff', 'hex')], [0, 1, 0xab, 0xff]);
assert.deepStrictEqual([...Buffer.from('abz1', 'hex')], [0xab]);
assert.deepStrictEqual([...Buffer.from('0g12', 'hex')], []);
assert.deepStrictEqual([...Buffer.from('abc', 'hex')], [0xab]);
assert.deepStrictEqual([...Buffer.from('a', 'hex')], []);
assert.strictEqual(Buffer.byteLength('abc', 'hex'), 1);
assert.strictEqual(Buffer.byteLength('abcd', 'HEX'), 2);
// Characters count by their low byte, as in node.
assert.deepStrictEqual([...Buffer.from('\u0161\u0161', 'hex')], [0xaa]);

const buf = Buffer.alloc(4);
assert.strictEqual(buf.write('zz', 'hex'), 0);
assert.strictEqual(buf.write('abzz12', 'hex'), 1);
assert.strictEqual(buf.write('01020304050607', 'hex'), 4);
assert.strictEqual(buf.toString('hex'), '01020304');
assert.strictEqual(buf.toString('hex', 1, 3), '0203');
assert.strictEqual(buf.hexSlice(2), '0304');
assert.strictEqual(buf.hexWrite('ff', 3), 1);
assert.strictEqual(buf.toString('hex'), '010203ff');

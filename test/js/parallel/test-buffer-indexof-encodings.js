'use strict';
// Search needles are encoded first: utf16le matches only at even offsets
// from the start of the buffer, hex/base64 needles are decoded, latin1
// keeps low bytes. An unpaired surrogate in a utf8 needle is searched for
// as its own 3-byte sequence (node's quirk), although writing one stores
// U+FFFD.
const assert = require('node:assert');

const u16 = Buffer.from('abc', 'utf16le');
assert.strictEqual(u16.indexOf('b', 'ucs2'), 2);
assert.strictEqual(u16.indexOf('b', 0, 'utf16le'), 2);
assert.strictEqual(u16.indexOf('\u6200', 'ucs2'), -1);  // would match at odd offset 1
assert.strictEqual(Buffer.concat([Buffer.from('x'), u16]).indexOf('b', 'ucs2'), -1);
assert.strictEqual(u16.lastIndexOf('b', 3, 'ucs2'), 2);
assert.strictEqual(u16.lastIndexOf('b', 2, 'ucs2'), 2);
assert.strictEqual(u16.lastIndexOf('b', 1, 'ucs2'), -1);
assert.strictEqual(u16.indexOf('b', 1, 'ucs2'), 2);
assert.strictEqual(u16.indexOf(Buffer.from('b\0', 'latin1'), 0, 'ucs2'), 2);
assert.strictEqual(u16.indexOf(Buffer.from('\0b', 'latin1'), 0, 'ucs2'), -1);
assert.strictEqual(u16.indexOf(Buffer.from('\0b', 'latin1')), 1);
assert.strictEqual(Buffer.from('abcd').indexOf('x', 'ucs2'), -1);

const b = Buffer.from('abc\u00e9');
assert.strictEqual(b.indexOf('YmM=', 'base64'), 1);
assert.strictEqual(b.indexOf('6263', 'hex'), 1);
assert.strictEqual(b.indexOf('zz', 1, 'hex'), 1);  // decodes to nothing: empty needle
assert.strictEqual(b.indexOf('\u00e9'), 3);
assert.strictEqual(b.indexOf('\u00e9', 'latin1'), -1);
assert.strictEqual(Buffer.from('ab\u00e9', 'latin1').indexOf('\u00e9', 'latin1'), 2);
assert.strictEqual(Buffer.from('abc').indexOf('\u0162', 'latin1'), 1);
assert.strictEqual(Buffer.from([0xed, 0xa0, 0x80]).indexOf('\ud800'), 0);
assert.strictEqual(Buffer.from([0xef, 0xbf, 0xbd]).indexOf('\ud800'), -1);
assert.strictEqual(Buffer.from('ab\ud800').includes('\ud800'), false);
assert.strictEqual(Buffer.from('x\ud83d\ude00').indexOf('\ud83d\ude00'), 1);
assert.strictEqual(Buffer.from('abc').indexOf('b', 'ascii'), 1);

'use strict';
// latin1/binary, ascii and utf16le/ucs2: latin1 and ascii writes keep the
// low byte of each UTF-16 unit; ascii decoding clears the high bit; utf16le
// works on whole units and ignores an odd last byte.
const assert = require('node:assert');

const bytes = Buffer.from([0x41, 0xe9, 0xff, 0x80]);
assert.strictEqual(bytes.toString('latin1'), 'A\u00e9\u00ff\u0080');
assert.strictEqual(bytes.toString('binary'), 'A\u00e9\u00ff\u0080');
assert.strictEqual(bytes.toString('ascii'), 'Ai\u007f\u0000');
assert.deepStrictEqual([...Buffer.from('A\u00e9\u0100\u20ac', 'latin1')], [0x41, 0xe9, 0x00, 0xac]);
assert.deepStrictEqual([...Buffer.from('A\u00e9\u0100', 'ascii')], [0x41, 0xe9, 0x00]);
assert.strictEqual(Buffer.byteLength('\u00e9\u20ac', 'latin1'), 2);

assert.deepStrictEqual([...Buffer.from('a\u20ac', 'utf16le')], [0x61, 0, 0xac, 0x20]);
assert.deepStrictEqual([...Buffer.from('\u{1f600}', 'ucs2')], [0x3d, 0xd8, 0x00, 0xde]);
assert.strictEqual(Buffer.from([0x61, 0, 0x62, 0, 0x63]).toString('utf16le'), 'ab');
assert.strictEqual(Buffer.from('abc').toString('ucs-2', 1), '\u6362');
assert.strictEqual(Buffer.byteLength('abc', 'utf-16le'), 6);
const buf = Buffer.alloc(5);
assert.strictEqual(buf.write('\u3042\u3044\u3046', 'ucs2'), 4);
assert.deepStrictEqual([...buf], [0x42, 0x30, 0x44, 0x30, 0]);
assert.strictEqual(buf.ucs2Write('xyz', 1), 4);
assert.strictEqual(buf.ucs2Slice(1), 'xy');

// Every byte value survives a latin1 round trip.
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
assert.ok(Buffer.from(all.toString('latin1'), 'latin1').equals(all));
assert.strictEqual(all.latin1Slice(65, 68), 'ABC');
assert.strictEqual(all.asciiSlice(193, 196), 'ABC');

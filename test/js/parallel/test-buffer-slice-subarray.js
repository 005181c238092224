'use strict';
// slice and subarray share memory and return Buffers; offsets are truncated
// and negative ones count from the end. parent/offset are node's aliases for
// buffer/byteOffset.
const assert = require('node:assert');

const b = Buffer.from('abcdef');
const s = b.slice(1, 4);
assert.ok(s instanceof Buffer);
assert.strictEqual(s.toString(), 'bcd');
s[0] = 0x42;
assert.strictEqual(b.toString(), 'aBcdef');
assert.strictEqual(b.subarray(-2).toString(), 'ef');
assert.strictEqual(b.subarray(-100, 2).toString(), 'aB');
assert.strictEqual(b.subarray(2, -1).toString(), 'cde');
assert.strictEqual(b.subarray(4, 2).length, 0);
assert.strictEqual(b.subarray(1.9, 3.9).toString(), 'Bc');
assert.strictEqual(b.subarray('2').toString(), 'cdef');
assert.strictEqual(b.subarray(NaN, NaN).length, 0);
assert.strictEqual(b.subarray(0, Infinity).length, 6);
assert.strictEqual(b.slice(2 ** 40).length, 0);
assert.strictEqual(s.byteOffset, b.byteOffset + 1);
assert.strictEqual(s.buffer, b.buffer);
assert.strictEqual(s.parent, b.buffer);
assert.strictEqual(s.offset, s.byteOffset);
assert.strictEqual(Buffer.prototype.parent, undefined);
assert.strictEqual(Buffer.prototype.offset, undefined);

// Typed-array methods that build new arrays make Buffers, not warnings.
const mapped = b.map((x) => x + 1);
assert.ok(mapped instanceof Buffer);
assert.strictEqual(mapped.toString(), 'bCdefg');
assert.ok(b.filter(() => true) instanceof Buffer);
assert.strictEqual(Buffer[Symbol.species].name, 'FastBuffer');

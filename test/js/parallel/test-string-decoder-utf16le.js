'use strict';
// UTF-16LE: an odd byte waits for its partner, a chunk ending on a high
// surrogate holds it for the low one, and end() drops a lone odd byte.
const assert = require('node:assert');
const { StringDecoder } = require('node:string_decoder');

const d = new StringDecoder('utf16le');
assert.strictEqual(d.encoding, 'utf16le');
assert.strictEqual(d.write(Buffer.from([0x41])), '');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.write(Buffer.from([0x00, 0x42])), 'A');
assert.strictEqual(d.write(Buffer.from([0x00])), 'B');

const smile = Buffer.from('😀', 'utf16le');  // 3D D8 00 DE
assert.strictEqual(d.write(smile.subarray(0, 2)), '');
assert.strictEqual(d.lastNeed, 2);
assert.strictEqual(d.lastTotal, 4);
assert.strictEqual(d.write(smile.subarray(2)), '😀');

assert.strictEqual(d.write(smile.subarray(0, 2)), '');
assert.strictEqual(d.end(), '\ud83d');
assert.strictEqual(d.write(Buffer.from([0x43])), '');
assert.strictEqual(d.end(), '');

for (const enc of ['ucs2', 'UCS-2', 'utf-16le', 'UTF16LE']) {
  assert.strictEqual(new StringDecoder(enc).encoding, 'utf16le');
}

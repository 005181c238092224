'use strict';
// Malformed UTF-8 across chunk boundaries: a held lead byte followed by a
// byte that cannot continue it is released as U+FFFD, and stray
// continuation bytes and impossible lead bytes decode to U+FFFD at once.
const assert = require('node:assert');
const { StringDecoder } = require('node:string_decoder');

const d = new StringDecoder('utf8');
assert.strictEqual(d.write(Buffer.from([0xE2])), '');
assert.strictEqual(d.write(Buffer.from([0x41])), '\ufffdA');
assert.strictEqual(d.lastNeed, 0);

assert.strictEqual(d.write(Buffer.from([0xE2])), '');
assert.strictEqual(d.write(Buffer.from([0x82, 0xE2])), '\ufffd');
assert.strictEqual(d.lastNeed, 2);
assert.strictEqual(d.end(), '\ufffd');

assert.strictEqual(d.write(Buffer.from([0x80, 0x80])), '\ufffd\ufffd');
assert.strictEqual(d.write(Buffer.from([0xF8])), '\ufffd');
assert.strictEqual(d.write(Buffer.from([0x41, 0x82])), 'A\ufffd');
assert.strictEqual(d.write(Buffer.from([0xE2, 0x82, 0xAC, 0x80])), '€\ufffd');
assert.strictEqual(d.end(), '');

// Held by its lead byte even when the next byte will not fit: E0 80 waits
// for one more byte, then decodes as two replacements.
assert.strictEqual(d.write(Buffer.from([0xE0, 0x80])), '');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.end(), '\ufffd\ufffd');

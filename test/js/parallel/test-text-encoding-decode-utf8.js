'use strict';
// UTF-8 decoding: each maximal invalid subsequence becomes one U+FFFD, a
// leading BOM is removed unless ignoreBOM, and fatal turns malformed input
// into ERR_ENCODING_INVALID_ENCODED_DATA.
const assert = require('node:assert');

const td = new TextDecoder();
assert.strictEqual(td.encoding, 'utf-8');
assert.strictEqual(td.fatal, false);
assert.strictEqual(td.ignoreBOM, false);
const u8 = (...b) => new Uint8Array(b);

assert.strictEqual(td.decode(u8(0x68, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80)),
                   'hé€😀');
assert.strictEqual(td.decode(), '');
assert.strictEqual(td.decode(undefined), '');
// Overlong, surrogate, out-of-range and truncated sequences.
assert.strictEqual(
  td.decode(u8(0xC0, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80, 0xE2, 0x82, 0x41,
               0xF0, 0x9F, 0x98)),
  '\ufffd'.repeat(10) + 'A\ufffd');
assert.strictEqual(td.decode(u8(0xFF, 0xFE)), '\ufffd\ufffd');

assert.strictEqual(td.decode(u8(0xEF, 0xBB, 0xBF, 0x41)), 'A');
assert.strictEqual(td.decode(u8(0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF)), '\ufeff');
assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(u8(0xEF, 0xBB, 0xBF, 0x41)),
                   '\ufeffA');

// Any buffer source: ArrayBuffer, SharedArrayBuffer, DataView, other views.
assert.strictEqual(td.decode(u8(0x61, 0x62).buffer), 'ab');
assert.strictEqual(td.decode(new SharedArrayBuffer(2)), '\0\0');
assert.strictEqual(td.decode(new DataView(u8(0x63).buffer)), 'c');
assert.strictEqual(td.decode(new Uint16Array([0x4241])), 'AB');
assert.strictEqual(td.decode(u8(0x61, 0x62, 0x63).subarray(1, 2)), 'b');

const fatal = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(fatal.fatal, true);
assert.strictEqual(fatal.decode(u8(0xE2, 0x82, 0xAC)), '€');
assert.throws(() => fatal.decode(u8(0x41, 0xFF)), {
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  name: 'TypeError',
  message: 'The encoded data was not valid for encoding utf-8',
});
assert.throws(() => fatal.decode(u8(0xE2, 0x82)), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });

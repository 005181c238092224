'use strict';
// UTF-16LE and UTF-16BE decoding: BOM removal, surrogate pairs across
// chunks, lone surrogates and odd trailing bytes as U+FFFD (or errors when
// fatal).
const assert = require('node:assert');

const u8 = (...b) => new Uint8Array(b);
for (const label of ['utf-16le', 'utf-16', 'UCS-2', 'unicode', 'csunicode']) {
  assert.strictEqual(new TextDecoder(label).encoding, 'utf-16le', label);
}
const le = new TextDecoder('utf-16le');
assert.strictEqual(le.decode(u8(0xFF, 0xFE, 0x41, 0x00, 0x3D, 0xD8, 0x00, 0xDE)), 'A😀');
assert.strictEqual(le.decode(u8(0x41, 0x00, 0x00, 0xD8)), 'A\ufffd');
assert.strictEqual(le.decode(u8(0x00, 0xDC, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00)),
                   '\ufffdA\ufffdB');
assert.strictEqual(le.decode(u8(0x41)), '\ufffd');
assert.strictEqual(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(u8(0xFF, 0xFE, 0x41, 0)),
                   '\ufeffA');

assert.strictEqual(le.decode(u8(0x3D), { stream: true }), '');
assert.strictEqual(le.decode(u8(0xD8, 0x00), { stream: true }), '');
assert.strictEqual(le.decode(u8(0xDE)), '😀');

const be = new TextDecoder('utf-16be');
assert.strictEqual(be.encoding, 'utf-16be');
assert.strictEqual(be.decode(u8(0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x3D, 0xDE, 0x00)), 'A😀');

const fatal = new TextDecoder('utf-16le', { fatal: true });
assert.throws(() => fatal.decode(u8(0x00, 0xD8)), {
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  message: 'The encoded data was not valid for encoding utf-16le',
});
assert.throws(() => fatal.decode(u8(0x41)), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });

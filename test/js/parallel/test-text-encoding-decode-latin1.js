'use strict';
// windows-1252 and its labels (latin1, ascii, iso-8859-1, ...). As in node
// 20, a decoder that never streamed maps each byte to the same code point;
// once it has streamed it uses the windows-1252 table for 0x80-0x9F.
const assert = require('node:assert');

for (const label of ['latin1', 'ascii', 'iso-8859-1', 'us-ascii', 'cp1252', 'windows-1252', 'l1']) {
  assert.strictEqual(new TextDecoder(label).encoding, 'windows-1252', label);
}
const all = new Uint8Array(256).map((_, i) => i);
const oneShot = new TextDecoder('latin1').decode(all);
assert.strictEqual(oneShot.length, 256);
for (let i = 0; i < 256; i++) assert.strictEqual(oneShot.charCodeAt(i), i);
// No BOM handling for single-byte encodings.
assert.strictEqual(new TextDecoder('latin1').decode(new Uint8Array([0xEF, 0xBB, 0xBF])),
                   '\u00ef\u00bb\u00bf');

const streamed = new TextDecoder('windows-1252');
assert.strictEqual(streamed.decode(new Uint8Array([0x80, 0x41]), { stream: true }), '€A');
assert.strictEqual(streamed.decode(new Uint8Array([0x80, 0x81, 0x8A, 0x9F, 0xA0, 0xFF])),
                   '€\u0081Š\u0178\u00a0\u00ff');

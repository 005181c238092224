'use strict';
// decode(chunk, { stream: true }) keeps an unfinished character for the
// next call; the BOM is only looked for at the start of a stream, and a
// call without stream ends it (an unfinished character becomes U+FFFD).
const assert = require('node:assert');

const u8 = (...b) => new Uint8Array(b);
const td = new TextDecoder();
assert.strictEqual(td.decode(u8(0xF0, 0x9F), { stream: true }), '');
assert.strictEqual(td.decode(u8(0x98), { stream: true }), '');
assert.strictEqual(td.decode(u8(0x80)), '😀');

assert.strictEqual(td.decode(u8(0xF0, 0x9F), { stream: true }), '');
assert.strictEqual(td.decode(u8(0x41)), '\ufffdA');
assert.strictEqual(td.decode(u8(0xE2), { stream: true }), '');
assert.strictEqual(td.decode(), '\ufffd');

// Every split of a text decodes to the text.
const bytes = new TextEncoder().encode('\ufeffa€😀b');
for (let cut = 0; cut <= bytes.length; cut++) {
  const d = new TextDecoder();
  const text = d.decode(bytes.subarray(0, cut), { stream: true }) + d.decode(bytes.subarray(cut));
  assert.strictEqual(text, 'a€😀b', `cut at ${cut}`);
}

// A BOM split across calls is still removed, but only at the stream start.
const bom = new TextDecoder();
assert.strictEqual(bom.decode(u8(0xEF, 0xBB), { stream: true }), '');
assert.strictEqual(bom.decode(u8(0xBF, 0x41), { stream: true }), 'A');
assert.strictEqual(bom.decode(u8(0xEF, 0xBB, 0xBF, 0x42)), '\ufeffB');
assert.strictEqual(bom.decode(u8(0xEF, 0xBB, 0xBF, 0x43)), 'C');  // new stream

// fatal: a bad byte throws; the decoder starts afresh afterwards.
const fatal = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(fatal.decode(u8(0xE2, 0x82), { stream: true }), '');
assert.throws(() => fatal.decode(u8(0x41), { stream: true }),
              { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
assert.strictEqual(fatal.decode(u8(0x42)), 'B');
assert.strictEqual(fatal.decode(u8(0xE2), { stream: true }), '');
assert.throws(() => fatal.decode(), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });

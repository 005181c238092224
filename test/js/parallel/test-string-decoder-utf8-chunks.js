'use strict';
// A UTF-8 StringDecoder never splits a character across results: whatever
// way a text is cut into chunks, the pieces join to the whole text, and a
// character is emitted by the write that completes it.
const assert = require('node:assert');
const { StringDecoder } = require('node:string_decoder');

const text = 'aé€😀z\u0800\uffff';
const bytes = Buffer.from(text);
for (let cut1 = 0; cut1 <= bytes.length; cut1++) {
  for (let cut2 = cut1; cut2 <= bytes.length; cut2++) {
    const d = new StringDecoder('utf8');
    const parts = [
      d.write(bytes.subarray(0, cut1)),
      d.write(bytes.subarray(cut1, cut2)),
      d.write(bytes.subarray(cut2)),
      d.end(),
    ];
    assert.strictEqual(parts.join(''), text, `cuts ${cut1},${cut2}`);
    for (const p of parts) assert.strictEqual(p.toWellFormed(), p);
  }
}

// Byte by byte: the euro sign appears on its third byte.
const d = new StringDecoder('utf8');
assert.strictEqual(d.write(Buffer.from([0xE2])), '');
assert.strictEqual(d.write(Buffer.from([0x82])), '');
assert.strictEqual(d.write(Buffer.from([0xAC])), '€');

// end() flushes an unfinished character as U+FFFD; end(buf) writes first.
assert.strictEqual(d.write(Buffer.from([0xF0, 0x9F])), '');
assert.strictEqual(d.end(), '\ufffd');
assert.strictEqual(d.end(Buffer.from([0x61, 0xE2])), 'a\ufffd');
assert.strictEqual(d.end(), '');

// Strings pass through; any ArrayBufferView is read as bytes.
assert.strictEqual(d.write('as is'), 'as is');
assert.strictEqual(d.write(new Uint8Array([0x68, 0x69])), 'hi');
assert.strictEqual(d.write(new DataView(new Uint8Array([0x6F, 0x6B]).buffer)), 'ok');

'use strict';
// Decoding malformed UTF-8 follows the WHATWG Encoding Standard: each maximal
// invalid subsequence becomes one U+FFFD and decoding resumes at the byte
// that broke it. Surrogates, overlongs and code points past U+10FFFF are
// invalid.
const assert = require('node:assert');

const R = '\ufffd';
const cases = [
  [[0x61, 0x80, 0x62], `a${R}b`],
  [[0xc0, 0xaf], `${R}${R}`],                 // overlong, C0 never valid
  [[0xc1, 0xbf], `${R}${R}`],
  [[0xe0, 0x80, 0xaf], `${R}${R}${R}`],       // overlong 3-byte
  [[0xed, 0xa0, 0x80], `${R}${R}${R}`],       // UTF-16 surrogate D800
  [[0xf0, 0x8f, 0xbf, 0xbf], `${R}${R}${R}${R}`], // overlong 4-byte
  [[0xf4, 0x90, 0x80, 0x80], `${R}${R}${R}${R}`], // past U+10FFFF
  [[0xf5, 0x80], `${R}${R}`],
  [[0xff, 0xfe], `${R}${R}`],
  [[0xe2, 0x82], R],                          // truncated at the end
  [[0xe2, 0x82, 0x41], `${R}A`],              // truncated, then ASCII
  [[0xf0, 0x9f, 0x98], R],                    // truncated 4-byte
  [[0xf0, 0x9f, 0x98, 0x80], '\u{1f600}'],
  [[0xf0, 0x9f, 0x98, 0xf0, 0x9f, 0x98, 0x80], `${R}\u{1f600}`],
  [[0xc3, 0xa9, 0xe2, 0x82, 0xac], 'é€'],
  [[0xef, 0xbb, 0xbf, 0x61], '\ufeffa'],       // the BOM is kept
];
for (const [bytes, text] of cases) {
  const buf = Buffer.from(bytes);
  assert.strictEqual(buf.toString(), text, `bytes ${buf.toString('hex')}`);
  assert.strictEqual(buf.toString('utf-8'), text);
  assert.strictEqual(buf.utf8Slice(0, buf.length), text);
}

// Slicing in the middle of a character gives replacement characters too.
const euro = Buffer.from('€');
assert.strictEqual(euro.toString('utf8', 1), `${R}${R}`);
assert.strictEqual(euro.toString('utf8', 0, 2), R);

// A long buffer with invalid bytes between long ASCII runs.
const parts = [];
for (let i = 0; i < 1000; i++) parts.push(Buffer.from('abcdefghij'), Buffer.from([0xc3]));
const text = Buffer.concat(parts).toString();
assert.strictEqual(text, `abcdefghij${R}`.repeat(1000));

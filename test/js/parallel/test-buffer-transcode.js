'use strict';
// transcode() between utf8, utf16le, latin1 and ascii gives ICU's results:
// '?' for what the target cannot hold (default-ignorable characters are
// dropped), U+FFFD for malformed input, and errors where ICU fails.
const assert = require('node:assert');
const { transcode } = require('node:buffer');

const hex = (b) => b.toString('hex');
assert.strictEqual(hex(transcode(Buffer.from('€aé'), 'utf8', 'ascii')), '3f613f');
assert.strictEqual(hex(transcode(Buffer.from('€aé'), 'utf8', 'latin1')), '3f61e9');
assert.strictEqual(hex(transcode(Buffer.from('😀é'), 'utf8', 'ucs2')), '3dd800dee900');
assert.strictEqual(hex(transcode(Buffer.from('😀'), 'utf8', 'latin1')), '3f');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0xff, 0xe2, 0x82, 0x62]), 'utf8', 'utf8')),
                   '61efbfbdefbfbd62');
assert.strictEqual(hex(transcode(Buffer.from([0xe9, 0x61]), 'latin1', 'utf8')), 'c3a961');
assert.strictEqual(hex(transcode(Buffer.from([0xe9, 0x61]), 'binary', 'ucs2')), 'e9006100');
assert.strictEqual(hex(transcode(Buffer.from([0xe9, 0x61]), 'ascii', 'utf8')), 'efbfbd61');
assert.strictEqual(hex(transcode(Buffer.from([0xe9, 0x61]), 'ascii', 'ucs2')), 'e9006100');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0xe9, 0xad]), 'latin1', 'ascii')), '613f');
assert.strictEqual(hex(transcode(Buffer.from('a\u200bb', 'utf16le'), 'ucs2', 'latin1')), '6162');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0, 0x3d, 0xd8, 0x62]), 'ucs2', 'ucs2')),
                   '6100fdff');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0, 0x62]), 'ucs2', 'ucs2')), '6100fdff');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0, 0x62]), 'ucs2', 'utf8')), '61');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0, 0x3d, 0xd8]), 'ucs2', 'latin1')), '613f');
assert.strictEqual(hex(transcode(new Uint8Array([0x61]), 'UTF-8', 'UTF16LE')), '6100');
assert.strictEqual(transcode(Buffer.alloc(0), 'utf8', 'hex').length, 0);
assert.ok(transcode(Buffer.from('a'), 'utf8', 'ucs2') instanceof Buffer);

function icuError(fn, code, errno) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.constructor, Error);
    assert.strictEqual(err.message, `Unable to transcode Buffer [${code}]`);
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.errno, errno);
    return true;
  });
}
icuError(() => transcode(Buffer.from([0xff]), 'utf8', 'ucs2'), 'U_INVALID_CHAR_FOUND', 10);
icuError(() => transcode(Buffer.from([0x3d, 0xd8]), 'ucs2', 'utf8'), 'U_INVALID_CHAR_FOUND', 10);
icuError(() => transcode(Buffer.from('a'), 'utf8', 'hex'), 'U_ILLEGAL_ARGUMENT_ERROR', 1);
icuError(() => transcode(Buffer.from('a'), 'bogus', 'utf8'), 'U_ILLEGAL_ARGUMENT_ERROR', 1);
assert.throws(() => transcode('abc', 'utf8', 'ucs2'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source" argument must be an instance of Buffer or Uint8Array. ' +
    "Received type string ('abc')",
});

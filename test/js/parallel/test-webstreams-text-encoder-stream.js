'use strict';
// TextEncoderStream turns strings into UTF-8 bytes; a surrogate pair split
// across chunks is kept whole, and a lone one at the end becomes U+FFFD.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  const enc = new TextEncoderStream();
  assert.strictEqual(enc.encoding, 'utf-8');
  const w = enc.writable.getWriter();
  w.write('a\uD83D');
  w.write('\uDE00b');
  w.write('');
  w.write(42);
  w.write('\uD800');
  w.close();
  const chunks = [];
  for await (const c of enc.readable) {
    assert.ok(c instanceof Uint8Array);
    chunks.push([...c]);
  }
  assert.deepStrictEqual(chunks, [[97], [0xF0, 0x9F, 0x98, 0x80, 98], [52, 50], [0xEF, 0xBF, 0xBD]]);
  assert.throws(() => Object.getOwnPropertyDescriptor(TextEncoderStream.prototype, 'encoding').get.call({}), {
    code: 'ERR_INVALID_THIS',
  });
})().then(common.mustCall());

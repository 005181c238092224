'use strict';
// TextDecoderStream decodes byte chunks with a streaming TextDecoder: a
// character split across chunks comes out whole, an incomplete one at the
// end becomes U+FFFD, and `fatal` errors the stream on bad input.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  const dec = new TextDecoderStream();
  assert.strictEqual(dec.encoding, 'utf-8');
  assert.strictEqual(dec.fatal, false);
  assert.strictEqual(dec.ignoreBOM, false);
  const w = dec.writable.getWriter();
  w.write(new Uint8Array([0xEF, 0xBB, 0xBF, 0xE2, 0x82]));
  w.write(new Uint8Array([0xAC, 0x41]));
  w.write(new Uint8Array([0xE2]));
  w.close();
  let text = '';
  for await (const c of dec.readable) text += c;
  assert.strictEqual(text, '\u20ACA\uFFFD');

  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  assert.strictEqual(fatal.fatal, true);
  const fw = fatal.writable.getWriter();
  fw.write(new Uint8Array([0xFF])).catch(() => {});
  await assert.rejects(fatal.readable.getReader().read(), {
    name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  });

  const utf16 = new TextDecoderStream('utf-16le');
  const uw = utf16.writable.getWriter();
  uw.write(new Uint8Array([0x41, 0x00, 0x42]));
  uw.write(new Uint8Array([0x00]));
  uw.close();
  let out = '';
  for await (const c of utf16.readable) out += c;
  assert.strictEqual(out, 'AB');

  assert.throws(() => new TextDecoderStream('nope'), {
    name: 'RangeError', code: 'ERR_ENCODING_NOT_SUPPORTED',
  });
})().then(common.mustCall());

'use strict';
// Writing a string into a Buffer whose ArrayBuffer was detached writes
// nothing and returns 0 for every encoding (it used to pass a null pointer
// to memcpy, which UBSan reports).
const assert = require('node:assert');

const ab = new ArrayBuffer(16);
const buf = Buffer.from(ab);
structuredClone(ab, { transfer: [ab] });
assert.strictEqual(buf.length, 0);
for (const enc of ['utf8', 'latin1', 'ascii', 'ucs2', 'hex', 'base64', 'base64url']) {
  assert.strictEqual(buf.write('abcd', enc), 0, enc);
}
assert.strictEqual(buf.write('abc'), 0);

'use strict';
// Encoding names are case-insensitive and come in node's spellings. Unknown
// ones throw ERR_UNKNOWN_ENCODING from toString/write/from, while byteLength
// falls back to utf8.
const assert = require('node:assert');

const known = ['utf8', 'utf-8', 'UTF8', 'Utf-8', 'ucs2', 'ucs-2', 'UCS2', 'utf16le', 'utf-16le',
  'UTF-16LE', 'latin1', 'binary', 'BINARY', 'base64', 'Base64', 'base64url', 'hex', 'HEX', 'ascii',
  'ASCII'];
for (const name of known) {
  assert.strictEqual(Buffer.isEncoding(name), true, name);
  assert.strictEqual(typeof Buffer.from('ab').toString(name), 'string');
}
for (const name of ['utf16', 'utf-16', 'latin-1', 'utf32', 'raw', 'buffer', '', ' utf8']) {
  assert.strictEqual(Buffer.isEncoding(name), false, name);
}
for (const value of [undefined, null, 0, 1, [], {}, () => 'utf8']) {
  assert.strictEqual(Buffer.isEncoding(value), false);
}

const buf = Buffer.from('abc');
assert.throws(() => buf.toString('utf16'), {
  code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: utf16',
});
assert.throws(() => buf.toString(null), { message: 'Unknown encoding: null' });
assert.throws(() => buf.toString(''), { message: 'Unknown encoding: ' });
assert.throws(() => buf.write('a', 'nope'), { message: 'Unknown encoding: nope' });
assert.throws(() => Buffer.from('a', 'nope'), { message: 'Unknown encoding: nope' });
assert.throws(() => buf.fill('a', 'nope'), { message: 'Unknown encoding: nope' });
assert.throws(() => buf.fill('a', 0, 1, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "encoding" argument must be of type string. Received type number (5)',
});
assert.throws(() => buf.indexOf('a', 0, 'nope'), { message: 'Unknown encoding: nope' });
// A buffer needle ignores the encoding name.
assert.strictEqual(buf.indexOf(Buffer.from('c'), 0, 'nope'), 2);
assert.strictEqual(Buffer.byteLength('é', 'nope'), 2);
assert.strictEqual(Buffer.byteLength('é'), 2);

assert.throws(() => Buffer.byteLength(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string or an instance of Buffer or ' +
    'ArrayBuffer. Received type number (5)',
});
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(7)), 7);
assert.strictEqual(Buffer.byteLength(new Uint32Array(2)), 8);
assert.strictEqual(Buffer.byteLength(new DataView(new ArrayBuffer(3))), 3);

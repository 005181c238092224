'use strict';
// base64 and base64url decoding is lenient like node's: both alphabets are
// accepted by both encodings, characters outside them (whitespace, junk) are
// skipped, '=' ends the input, and a trailing partial group yields the
// whole bytes it holds.
const assert = require('node:assert');

for (const enc of ['base64', 'base64url']) {
  const from = (s) => Buffer.from(s, enc).toString('hex');
  assert.strictEqual(from('YWJj'), '616263');
  assert.strictEqual(from('Y W\nJ\tj'), '616263');
  assert.strictEqual(from('Y*W*J*j'), '616263');
  assert.strictEqual(from('YW=Jj'), '61');
  assert.strictEqual(from('YWJj====YWJj'), '616263');
  assert.strictEqual(from('=YWJj'), '');
  assert.strictEqual(from('YQ'), '61');
  assert.strictEqual(from('YQ='), '61');
  assert.strictEqual(from('YQ=='), '61');
  assert.strictEqual(from('Y'), '');
  assert.strictEqual(from('YWJjZ'), '616263');
  assert.strictEqual(from('YWJjZA'), '61626364');
  assert.strictEqual(from('-_+/'), 'fbffbf');
  assert.strictEqual(from('//++/++/++//+w=='), 'ffffbeffefbffbefff' + 'fb');
  // Non-ASCII characters count by their low byte, as in node.
  assert.strictEqual(from('\u0159\u0157\u014a\u016a'), '616263');
  assert.strictEqual(from('YW\u013dJj'), '61');
}

// byteLength is node's estimate: 3/4 of the characters, padding excluded.
assert.strictEqual(Buffer.byteLength('YWJj', 'base64'), 3);
assert.strictEqual(Buffer.byteLength('YQ==', 'base64'), 1);
assert.strictEqual(Buffer.byteLength('Y W J j', 'base64'), 5);
assert.strictEqual(Buffer.byteLength('aGVsbG8=', 'base64url'), 5);

// write() decodes into the room there is.
const buf = Buffer.alloc(4);
assert.strictEqual(buf.write('YWJjZGVm', 'base64'), 4);
assert.strictEqual(buf.toString(), 'abcd');
assert.strictEqual(buf.write('YW Jj', 1, 'base64'), 3);
assert.strictEqual(buf.toString(), 'aabc');

// A long input with whitespace every 76 characters (MIME style).
const data = Buffer.alloc(3000);
for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 0xff;
const mime = data.toString('base64').replace(/.{76}/g, '$&\r\n');
assert.ok(Buffer.from(mime, 'base64').equals(data));

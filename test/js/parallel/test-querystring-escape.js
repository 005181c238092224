'use strict';
// querystring.escape()/unescape()/unescapeBuffer(), and that parse() and
// stringify() use the module's (replaceable) escape and unescape.
const assert = require('node:assert');
const qs = require('node:querystring');

assert.strictEqual(qs.escape("a b!'()*~é"), "a%20b!'()*~%C3%A9");
assert.strictEqual(qs.escape(5), '5');
assert.strictEqual(qs.escape({}), '%5Bobject%20Object%5D');
// A surrogate takes the next code unit as its partner.
assert.strictEqual(qs.escape('\uDC00x'), '%F0%90%81%B8');
assert.throws(() => qs.escape('\uD800'), { code: 'ERR_INVALID_URI' });

assert.strictEqual(qs.unescape('a%20b+c'), 'a b+c');
// A failing decodeURIComponent() falls back to a byte-wise decode; '+' is
// a space there only when asked.
assert.strictEqual(qs.unescape('%zz%41+'), '%zzA+');
assert.strictEqual(qs.unescape('%zz%41+', true), '%zzA ');
assert.strictEqual(qs.unescape('%E9x'), '\ufffdx');

assert.deepStrictEqual([...qs.unescapeBuffer('a%20b+%zz')], [0x61, 0x20, 0x62, 0x2b, 0x25, 0x7a, 0x7a]);
assert.deepStrictEqual([...qs.unescapeBuffer('a+b', true)], [0x61, 0x20, 0x62]);

const { escape, unescape } = qs;
try {
  qs.escape = () => 'E';
  qs.unescape = () => 'U';
  assert.strictEqual(qs.stringify({ a: 1 }), 'E=E');
  assert.strictEqual(qs.parse('a=%41').U, 'U');
} finally {
  qs.escape = escape;
  qs.unescape = unescape;
}

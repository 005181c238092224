'use strict';
// Tables built on first use (percent-encoding, inspect's control-character
// escapes) give the same results on the first call as later ones.
const assert = require('assert');
const util = require('util');
const querystring = require('querystring');
const url = require('url');

assert.strictEqual(util.inspect('a\x01\x7f\x9f\b\t\n\f\r\\'),
                   "'a\\x01\\x7F\\x9F\\b\\t\\n\\f\\r\\\\'");
assert.strictEqual(util.inspect('\'"`\x02'), "'\\'\"`\\x02'");
assert.strictEqual(util.inspect('\x00'), "'\\x00'");
assert.strictEqual(util.inspect(['\x1b']), "[ '\\x1B' ]");

const params = new URLSearchParams({ 'a b': 'x~!*\'()', 'ü': '\u{1F600}', c: '\u0001#' });
assert.strictEqual(params.toString(),
                   'a+b=x%7E%21*%27%28%29&%C3%BC=%F0%9F%98%80&c=%01%23');
assert.strictEqual(new URLSearchParams([['\ud800', '\udc00x']]).toString(), '%EF%BF%BD=%EF%BF%BDx');

assert.strictEqual(url.pathToFileURL('/tmp/a b#?%ü').href, 'file:///tmp/a%20b%23%3F%25%C3%BC');
assert.strictEqual(querystring.escape('a b\u00e9\u{1F600}~!'), 'a%20b%C3%A9%F0%9F%98%80~!');
assert.strictEqual(url.format({ protocol: 'http', host: 'x', auth: 'a b:ü' }), 'http://a%20b:%C3%BC@x');

// URL accessors stay enumerable prototype properties.
for (const key of ['href', 'origin', 'searchParams', 'toJSON']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(URL.prototype, key).enumerable, true, key);
}
const get = Object.getOwnPropertyDescriptor(URL.prototype, 'href');
assert.strictEqual(typeof get.get, 'function');
assert.strictEqual(typeof get.set, 'function');
assert.strictEqual(get.configurable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').enumerable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(URL, 'canParse').enumerable, true);

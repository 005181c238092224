'use strict';
// Domains go through IDNA: lower case, mapping (full-width, ideographic
// full stop), Punycode for non-ASCII labels; url.domainToASCII() and
// url.domainToUnicode() give '' for what the host parser rejects.
const assert = require('node:assert');
const url = require('node:url');

assert.strictEqual(new URL('http://EXAMPLE.Com/').host, 'example.com');
assert.strictEqual(new URL('http://español.com/').host, 'xn--espaol-zwa.com');
assert.strictEqual(new URL('http://ＥＸＡＭＰＬＥ．com/').host, 'example.com');
assert.strictEqual(new URL('http://a\u3002b/').host, 'a.b');
assert.strictEqual(new URL('http://xn--espaol-zwa.com/').host, 'xn--espaol-zwa.com');
assert.strictEqual(new URL('http://fa\u00DF.de/').host, 'xn--fa-hia.de');
assert.strictEqual(new URL('http://a\u00ADb.com/').host, 'ab.com');
assert.strictEqual(new URL('http://%F0%9F%98%80.com/').host, 'xn--e28h.com');
for (const bad of ['xn--a.com', 'a b.com', 'a%2Fb.com', '\u0301a.com', 'a\u200Cb.com']) {
  assert.strictEqual(URL.canParse(`http://${bad}/`), false, bad);
}

assert.strictEqual(url.domainToASCII('español.com'), 'xn--espaol-zwa.com');
assert.strictEqual(url.domainToASCII('EXAMPLE.com'), 'example.com');
assert.strictEqual(url.domainToASCII('xn--iñvalid.com'), '');
assert.strictEqual(url.domainToASCII(''), '');
// Through the hostname setter of a special URL: IPv4 forms are normalized.
assert.strictEqual(url.domainToASCII('1.1'), '1.0.0.1');
assert.strictEqual(url.domainToASCII('[::1]'), '[::1]');
assert.strictEqual(url.domainToUnicode('xn--espaol-zwa.com'), 'español.com');
assert.strictEqual(url.domainToUnicode('xn--iñvalid.com'), '');
assert.strictEqual(url.domainToUnicode('ABC.com'), 'abc.com');
assert.throws(() => url.domainToASCII(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => url.domainToUnicode(), { code: 'ERR_MISSING_ARGS' });

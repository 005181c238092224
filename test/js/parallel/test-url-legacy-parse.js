'use strict';
// url.parse(): the legacy parser's fields and quirks.
const assert = require('node:assert');
const url = require('node:url');

const u = url.parse('  HTTP://user:p%40ss@Host.COM:8080\\p\\a th?q=1&q=2#frag\n');
assert.ok(u instanceof url.Url);
assert.deepStrictEqual(Object.keys(u), ['protocol', 'slashes', 'auth', 'host', 'port',
  'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href']);
assert.deepStrictEqual({ ...u }, {
  protocol: 'http:', slashes: true, auth: 'user:p@ss', host: 'host.com:8080',
  port: '8080', hostname: 'host.com', hash: '#frag', search: '?q=1&q=2',
  query: 'q=1&q=2', pathname: '/p/a%20th', path: '/p/a%20th?q=1&q=2',
  href: 'http://user:p%40ss@host.com:8080/p/a%20th?q=1&q=2#frag',
});

// parseQueryString gives a null-prototype object, also without a query.
const q = url.parse('/x?a=1&a=2&b', true);
assert.deepStrictEqual(q.query, Object.assign(Object.create(null), { a: ['1', '2'], b: '' }));
assert.strictEqual(Object.getPrototypeOf(url.parse('/x', true).query), null);
assert.strictEqual(url.parse('/x', true).search, null);

// slashesDenoteHost: '//host/path' has a host only when asked.
assert.strictEqual(url.parse('//h/p').host, null);
assert.strictEqual(url.parse('//h/p', false, true).host, 'h');
// user@host after '//' is always a host.
assert.strictEqual(url.parse('//u@h/p').auth, 'u');

assert.strictEqual(url.parse('mailto:a@b.com').host, 'b.com');
assert.strictEqual(url.parse('javascript:alert("x y")').pathname, 'alert("x y")');
assert.strictEqual(url.parse('http://a.com/x y<z>').pathname, '/x%20y%3Cz%3E');
assert.strictEqual(url.parse('http://[::1]:80/').hostname, '::1');
assert.strictEqual(url.parse('http://\u00e9.com/').hostname, 'xn--9ca.com');
assert.strictEqual(url.parse('http://a@b@c/').auth, 'a@b');
// The host stops at the first character RFC 2396 never allows in a host.
assert.strictEqual(url.parse('http://a b/').pathname, '%20b/');
assert.strictEqual(url.parse('http://x.com').pathname, '/');

assert.throws(() => url.parse('http://xn--a/'), { code: 'ERR_INVALID_URL', input: 'http://xn--a/' });
assert.throws(() => url.parse(5), { code: 'ERR_INVALID_ARG_TYPE' });
// A Url passed in comes back as it is.
assert.strictEqual(url.parse(u), u);

'use strict';
// url.resolve(): the legacy resolver, RFC 3986 style with Node's handling
// of hostless protocols and protocol changes.
const assert = require('node:assert');
const url = require('node:url');

const cases = [
  ['http://a/b/c/d;p?q', 'g', 'http://a/b/c/g'],
  ['http://a/b/c/d;p?q', '../g', 'http://a/b/g'],
  ['http://a/b/c/d;p?q', '../../../g', 'http://a/g'],
  ['http://a/b/c/d;p?q', '//g', 'http://g/'],
  ['http://a/b/c/d;p?q', '?y', 'http://a/b/c/d;p?y'],
  ['http://a/b/c/d;p?q', '#s', 'http://a/b/c/d;p?q#s'],
  ['http://a/b/c/d;p?q', 'g;x?y#s', 'http://a/b/c/g;x?y#s'],
  ['http://a/b/c/d;p?q', '', 'http://a/b/c/d;p?q'],
  ['http://a/b/c/d;p?q', '.', 'http://a/b/c/'],
  ['http://a/b/c/d;p?q', '..', 'http://a/b/'],
  ['http://a/b/c/d;p?q', '/./g', 'http://a/g'],
  ['mailto:a@b.com', 'c@d.com', 'mailto:c@d.com'],
  ['http://u:p@h/x', 'https://other/y', 'https://other/y'],
  ['http://h/x', 'ftp:y', 'ftp://y/'],
  ['/a/b', '../c', '/c'],
  ['a/b', '../../c', '../c'],
  ['http://example.com', 'x', 'http://example.com/x'],
  ['http://a/b', 'mailto:x@y', 'mailto:x@y'],
];
for (const [from, to, expected] of cases) {
  assert.strictEqual(url.resolve(from, to), expected, `${from} + ${to}`);
}

const resolved = url.resolveObject('http://u@h/a/b?q#f', '../c?x');
assert.ok(resolved instanceof url.Url);
assert.strictEqual(resolved.href, 'http://u@h/c?x');
assert.strictEqual(resolved.path, '/c?x');
assert.strictEqual(resolved.hash, null);
assert.strictEqual(url.resolveObject('', 'x'), 'x');

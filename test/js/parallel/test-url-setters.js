'use strict';
// The URL setters: scheme changes limited to special<->special, default
// ports dropped, credentials and ports ignored where a URL cannot have them,
// the query and fragment re-encoded.
const assert = require('node:assert');

const u = new URL('http://h:8080/p');
u.protocol = 'https:';
assert.strictEqual(u.href, 'https://h:8080/p');
u.port = '443';
assert.strictEqual(u.port, '');
u.protocol = 'http';
u.port = 80;
assert.strictEqual(u.host, 'h');
u.protocol = 'foo';  // special to non-special: ignored
assert.strictEqual(u.protocol, 'http:');
u.port = '8080abc';  // leading digits are taken
assert.strictEqual(u.port, '8080');
u.port = '99999';
assert.strictEqual(u.port, '8080');
u.port = '';
assert.strictEqual(u.port, '');

u.username = 'a b@';
u.password = ':';
assert.strictEqual(u.href, 'http://a%20b%40:%3A@h/p');
u.hostname = 'EXAMPLE.org';
u.pathname = 'x/../y z';
u.search = 'q=a b#';
u.hash = 'f g';
assert.strictEqual(u.href, 'http://a%20b%40:%3A@example.org/y%20z?q=a%20b%23#f%20g');

const file = new URL('file:///tmp/x');
file.username = 'me';
file.port = '1';
assert.strictEqual(file.href, 'file:///tmp/x');
file.host = 'localhost';
assert.strictEqual(file.host, '');

const opaque = new URL('mailto:me@example.net');
opaque.pathname = '/other';
opaque.host = 'x';
assert.strictEqual(opaque.href, 'mailto:me@example.net');

assert.throws(() => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}),
              TypeError);

'use strict';
// URL#origin: scheme://host[:port] for http(s), ws(s) and ftp, the inner
// URL's origin for blob: URLs over http(s), 'null' otherwise.
const assert = require('node:assert');

assert.strictEqual(new URL('https://u:p@Example.com:443/x').origin, 'https://example.com');
assert.strictEqual(new URL('http://h:8080/').origin, 'http://h:8080');
assert.strictEqual(new URL('ws://[::1]:1/').origin, 'ws://[::1]:1');
assert.strictEqual(new URL('ftp://h/').origin, 'ftp://h');
assert.strictEqual(new URL('file:///x').origin, 'null');
assert.strictEqual(new URL('data:text/plain,x').origin, 'null');
assert.strictEqual(new URL('blob:https://h:1/uuid').origin, 'https://h:1');
assert.strictEqual(new URL('blob:ftp://h/uuid').origin, 'null');
assert.strictEqual(new URL('blob:nonsense').origin, 'null');
assert.strictEqual(new URL('foo://h/').origin, 'null');

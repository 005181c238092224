'use strict';
// url.pathToFileURL(): resolves the path and percent-encodes what the URL
// parser would otherwise change (%, ?, #, \, spaces, controls, non-ASCII).
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

assert.strictEqual(pathToFileURL('/a b/%/?#\n\t\r\\\u00e9').href,
                   'file:///a%20b/%25/%3F%23%0A%09%0D%5C%C3%A9');
assert.strictEqual(pathToFileURL('/x[1]^{|}~').href, 'file:///x%5B1%5D%5E%7B%7C%7D%7E');
assert.strictEqual(pathToFileURL("/keep!$&'()*+,;=@:_-.").href, "file:///keep!$&'()*+,;=@:_-.");
assert.strictEqual(pathToFileURL('/a/../b/./c').href, 'file:///b/c');
// A trailing slash survives resolution.
assert.strictEqual(pathToFileURL('/a/b/').href, 'file:///a/b/');
assert.strictEqual(pathToFileURL('/ ').href, 'file:///%20');
assert.strictEqual(pathToFileURL('rel').href, `file://${path.resolve('rel')}`);
assert.ok(pathToFileURL('/x') instanceof URL);
assert.throws(() => pathToFileURL(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received type number (5)',
});

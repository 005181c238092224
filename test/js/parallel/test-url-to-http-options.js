'use strict';
// url.urlToHttpOptions(): the http.request() options for a URL.
const assert = require('node:assert');
const { urlToHttpOptions } = require('node:url');

const opts = urlToHttpOptions(new URL('https://u%20s:p@[::1]:99/p?q#h'));
assert.strictEqual(Object.getPrototypeOf(opts), null);
assert.deepStrictEqual({ ...opts }, {
  protocol: 'https:', hostname: '::1', hash: '#h', search: '?q', pathname: '/p',
  path: '/p?q', href: 'https://u%20s:p@[::1]:99/p?q#h', port: 99, auth: 'u s:p',
});
const plain = urlToHttpOptions(new URL('http://a/'));
assert.strictEqual('port' in plain, false);
assert.strictEqual('auth' in plain, false);
// Own properties of the object are kept.
const extended = new URL('http://a/');
extended.agent = 'x';
assert.strictEqual(urlToHttpOptions(extended).agent, 'x');

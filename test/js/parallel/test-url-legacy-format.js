'use strict';
// url.format(): a legacy URL object (or string) back to text, and a WHATWG
// URL with the auth/fragment/search/unicode options.
const assert = require('node:assert');
const url = require('node:url');

assert.strictEqual(url.format({ protocol: 'http', hostname: 'a.com', port: 8080,
                                pathname: 'x?y#z', query: { a: [1, 2], b: 'c d' } }),
                   'http://a.com:8080/x%3Fy%23z?a=1&a=2&b=c%20d');
assert.strictEqual(url.format({ protocol: 'mailto:', auth: 'a b', host: 'h' }), 'mailto:a%20b@h');
assert.strictEqual(url.format({ protocol: 'file', pathname: '/x' }), 'file:///x');
// Without a protocol or slashes there is no '//'.
assert.strictEqual(url.format({ hostname: '::1', port: 1 }), '[::1]:1');
assert.strictEqual(url.format({ slashes: true, hostname: '::1', port: 1 }), '//[::1]:1');
assert.strictEqual(url.format({ search: 'a=#', hash: 'h' }), '?a=%23#h');
assert.strictEqual(url.format('http://A.com/x?y'), 'http://a.com/x?y');
assert.strictEqual(url.format(url.parse('http://u:p@h/')), 'http://u:p@h/');

const whatwg = new URL('http://u:p@xn--espaol-zwa.com/a?b#c');
assert.strictEqual(url.format(whatwg), whatwg.href);
assert.strictEqual(url.format(whatwg, { unicode: true, auth: false, fragment: false, search: false }),
                   'http://espa\u00f1ol.com/a');
assert.strictEqual(url.format(whatwg, { fragment: 0 }), 'http://u:p@xn--espaol-zwa.com/a?b');
assert.strictEqual(url.format(whatwg, null), whatwg.href);

assert.throws(() => url.format(whatwg, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => url.format(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "urlObject" argument must be one of type object or string. Received null',
});

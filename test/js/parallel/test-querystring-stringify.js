'use strict';
// querystring.stringify(): own enumerable keys, arrays repeated, only
// strings/finite numbers/bigints/booleans kept, escape() rules.
const assert = require('node:assert');
const qs = require('node:querystring');

assert.strictEqual(qs.stringify({ a: 1, b: 'x y', c: [1, 2], d: true, e: null, f: undefined,
                                  g: NaN, h: Infinity, i: 1n, j: {}, k: [], l: 1e21 }),
                   'a=1&b=x%20y&c=1&c=2&d=true&e=&f=&g=&h=&i=1&j=&l=1e%2B21');
assert.strictEqual(qs.stringify({ a: [], b: 1 }), 'b=1');
assert.strictEqual(qs.stringify({ "k!'()*": "~-._ \u00e9\u{1F600}" }),
                   "k!'()*=~-._%20%C3%A9%F0%9F%98%80");
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, ';', ':'), 'a:1;b:2');
assert.strictEqual(qs.stringify({ a: 'b' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }),
                   'A=B');
for (const notObject of ['str', 5, null, undefined]) assert.strictEqual(qs.stringify(notObject), '');
assert.strictEqual(qs.stringify([1, 2]), '0=1&1=2');
assert.throws(() => qs.stringify({ a: '\uD800' }), {
  code: 'ERR_INVALID_URI', name: 'URIError', message: 'URI malformed',
});
assert.strictEqual(qs.encode, qs.stringify);

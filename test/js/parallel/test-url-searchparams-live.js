'use strict';
// url.searchParams is one object, kept in step with the URL both ways.
const assert = require('node:assert');

const url = new URL('http://h/p?a=1&b=2#frag');
const params = url.searchParams;
assert.strictEqual(url.searchParams, params);

params.append('c', 'x y');
assert.strictEqual(url.href, 'http://h/p?a=1&b=2&c=x+y#frag');
params.delete('a');
assert.strictEqual(url.search, '?b=2&c=x+y');
params.set('b', '~!');
assert.strictEqual(url.search, '?b=%7E%21&c=x+y');
params.sort();
assert.strictEqual(url.search, '?b=%7E%21&c=x+y');

// Setting the query through the URL replaces the list.
url.search = '?z=9&z=10';
assert.deepStrictEqual(params.getAll('z'), ['9', '10']);
url.href = 'http://other/?q=1';
assert.strictEqual(params.get('q'), '1');
assert.strictEqual(params.size, 1);

// Emptying the list removes the query entirely, not just its contents.
params.delete('q');
assert.strictEqual(url.href, 'http://other/');
url.search = '';
assert.strictEqual(params.size, 0);

// A query with no pairs still parses; serializing rewrites it.
const u2 = new URL('http://h/?a%20b=c+d');
assert.strictEqual(u2.searchParams.get('a b'), 'c d');
u2.searchParams.append('e', 'f');
assert.strictEqual(u2.search, '?a+b=c+d&e=f');

'use strict';
// util.inspect of URL, URLSearchParams and their iterators prints what Node
// prints (URL { href: ..., origin: ..., ... }).
const assert = require('node:assert');
const { inspect } = require('node:util');

const url = new URL('https://user:pw@example.com:8080/a?x=1#h');
assert.strictEqual(inspect(url), `URL {
  href: 'https://user:pw@example.com:8080/a?x=1#h',
  origin: 'https://example.com:8080',
  protocol: 'https:',
  username: 'user',
  password: 'pw',
  host: 'example.com:8080',
  hostname: 'example.com',
  port: '8080',
  pathname: '/a',
  search: '?x=1',
  searchParams: URLSearchParams { 'x' => '1' },
  hash: '#h'
}`);
// Past the depth limit the URL shows no fields; searchParams turn [Object].
assert.strictEqual(inspect({ a: { b: { c: url } } }), '{ a: { b: { c: URL {} } } }');
assert.match(inspect(url, { depth: 0 }), /searchParams: \[Object\],/);
class MyURL extends URL {}
assert.match(inspect(new MyURL('http://x/')), /^MyURL \{\n {2}href: 'http:\/\/x\/',/);

assert.strictEqual(inspect(new URLSearchParams()), 'URLSearchParams {}');
assert.strictEqual(inspect(new URLSearchParams('a=1&b=%20')), "URLSearchParams { 'a' => '1', 'b' => ' ' }");
const long = new URLSearchParams(`a=${'x'.repeat(40)}&b=${'y'.repeat(40)}`);
assert.strictEqual(inspect(long),
                   `URLSearchParams {\n  'a' => '${'x'.repeat(40)}',\n  'b' => '${'y'.repeat(40)}' }`);
assert.strictEqual(inspect({ a: { b: { c: long } } }), '{ a: { b: { c: [Object] } } }');

const it = new URLSearchParams('a=1&b=2').entries();
assert.strictEqual(inspect(it), "URLSearchParams Iterator { [ 'a', '1' ], [ 'b', '2' ] }");
it.next();
assert.strictEqual(inspect(it), "URLSearchParams Iterator { [ 'b', '2' ] }");
it.next();
assert.strictEqual(inspect(it), 'URLSearchParams Iterator {  }');
assert.strictEqual(inspect(new URLSearchParams('a=1&b=2').keys()), "URLSearchParams Iterator { 'a', 'b' }");

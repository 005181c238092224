'use strict';
// querystring.parse() and stringify() over assorted inputs and options.
const qs = require('querystring');
const parses = [
  ['a=1&b=2&a=3'], ['a[]=1&a[]=2'], ['a=%20%2B+&b=%zz&c=%E9&d=%C3%A9'], ['&&a&=&=b&c='],
  ['a:1;b:2', ';', ':'], ['a=1&b=2&c=3', null, null, { maxKeys: 1 }],
  ['a%41%42=%E9%', null, null], ['k=v', null, null, { decodeURIComponent: (s) => s.toUpperCase() }],
];
for (const args of parses) console.log(JSON.stringify(args[0]), qs.parse(...args));
const objects = [
  [{ a: [1, 'two', true], b: null, c: undefined, d: 1e21, e: -0, f: 10n }],
  [{ 'sp ace': 'v&l=u', 'é': '\u{1F600}' }],
  [{ a: 1, b: 2 }, '; ', ' = '],
  [{ a: 'x' }, null, null, { encodeURIComponent: (s) => `[${s}]` }],
];
for (const args of objects) console.log(qs.stringify(...args));
console.log(qs.escape("!'()*~ é"), qs.unescape('%41%zz+'), qs.unescape('%41%zz+', true));
console.log(qs.unescapeBuffer('a%20b%zz'));

'use strict';
// querystring.parse(): a null-prototype object, repeated keys as arrays,
// '+' as space, custom separators, maxKeys, and malformed escapes kept.
const assert = require('node:assert');
const qs = require('node:querystring');

const obj = (o) => Object.assign(Object.create(null), o);

assert.deepStrictEqual(qs.parse('a=1&a=2&b=x+y&c&&=v&d=e=f'),
                       obj({ a: ['1', '2'], b: 'x y', c: '', '': 'v', d: 'e=f' }));
assert.strictEqual(Object.getPrototypeOf(qs.parse('a=1')), null);
const special = qs.parse('__proto__=1&hasOwnProperty=2');
assert.deepStrictEqual(Object.keys(special), ['__proto__', 'hasOwnProperty']);
assert.strictEqual(special.__proto__, '1');
assert.deepStrictEqual(qs.parse(''), obj({}));
assert.deepStrictEqual(qs.parse(5), obj({}));

// Decoding: valid escapes decoded, invalid ones left, invalid UTF-8 replaced.
assert.deepStrictEqual(qs.parse('a=%41%zz&b=%E9&%C3%A9=%'),
                       obj({ a: 'A%zz', b: '\ufffd', '\u00e9': '%' }));

assert.deepStrictEqual(qs.parse('a:1;b:2', ';', ':'), obj({ a: '1', b: '2' }));
assert.deepStrictEqual(qs.parse('a==1&&b==2', '&&', '=='), obj({ a: '1', b: '2' }));
assert.deepStrictEqual(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }), obj({ a: '1', b: '2' }));
// Empty pairs still count against maxKeys; 0 means no limit.
assert.deepStrictEqual(qs.parse('a=1&&b=2', null, null, { maxKeys: 2 }), obj({ a: '1' }));
assert.deepStrictEqual(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 }),
                       obj({ a: '1', b: '2', c: '3' }));

// A custom decoder sees every key and value, with '+' as '%20'; if it
// throws, querystring.unescape() is used instead.
assert.deepStrictEqual(qs.parse('a+b=c', null, null, { decodeURIComponent: (s) => `<${s}>` }),
                       obj({ '<a%20b>': '<c>' }));
assert.deepStrictEqual(qs.parse('a%41=b', null, null, {
  decodeURIComponent() { throw new Error('no'); },
}), obj({ aA: 'b' }));
assert.strictEqual(qs.decode, qs.parse);

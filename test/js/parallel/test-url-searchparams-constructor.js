'use strict';
// The URLSearchParams init forms: a string (leading '?' dropped), a record,
// a sequence of pairs, any iterable of pairs, another URLSearchParams.
const assert = require('node:assert');

const list = (p) => [...p];

assert.deepStrictEqual(list(new URLSearchParams('?a=1&&b=%41+c&d')),
                       [['a', '1'], ['b', 'A c'], ['d', '']]);
assert.deepStrictEqual(list(new URLSearchParams('a=%zz&b=%C3')), [['a', '%zz'], ['b', '\ufffd']]);
assert.deepStrictEqual(list(new URLSearchParams()), []);
assert.deepStrictEqual(list(new URLSearchParams(null)), []);
assert.deepStrictEqual(list(new URLSearchParams(undefined)), []);
assert.deepStrictEqual(list(new URLSearchParams(12)), [['12', '']]);

assert.deepStrictEqual(list(new URLSearchParams({ a: 1, b: [2, 3], c: undefined })),
                       [['a', '1'], ['b', '2,3'], ['c', 'undefined']]);
// Only own enumerable string keys; a symbol key fails the string conversion.
const rec = Object.create({ inherited: 1 }, { own: { value: 'x', enumerable: true },
                                               hidden: { value: 'y', enumerable: false } });
assert.deepStrictEqual(list(new URLSearchParams(rec)), [['own', 'x']]);
assert.throws(() => new URLSearchParams({ [Symbol('s')]: 1 }), TypeError);
// Keys that become equal after the USVString conversion overwrite in place.
assert.deepStrictEqual(list(new URLSearchParams({ '\uD800': 'a', 'x': 'b', '\uDC00': 'c' })),
                       [['\ufffd', 'c'], ['x', 'b']]);

assert.deepStrictEqual(list(new URLSearchParams([['a', 1], new Set(['b', 2])])),
                       [['a', '1'], ['b', '2']]);
assert.deepStrictEqual(list(new URLSearchParams(new Map([['k', 'v']]))), [['k', 'v']]);
const original = new URLSearchParams('x=1');
const copy = new URLSearchParams(original);
copy.append('y', '2');
assert.strictEqual(original.toString(), 'x=1');
assert.strictEqual(copy.toString(), 'x=1&y=2');

for (const bad of [[['a']], [['a', 'b', 'c']], [1], [null]]) {
  assert.throws(() => new URLSearchParams(bad), {
    code: 'ERR_INVALID_TUPLE', name: 'TypeError',
    message: 'Each query pair must be an iterable [name, value] tuple',
  });
}
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 42 }), {
  code: 'ERR_ARG_NOT_ITERABLE', name: 'TypeError', message: 'Query pairs must be iterable',
});

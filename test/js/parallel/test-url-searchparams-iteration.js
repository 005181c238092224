'use strict';
// URLSearchParams iteration: entries/keys/values/forEach/@@iterator, which
// read the live list, and the iterator object's shape.
const assert = require('node:assert');

const p = new URLSearchParams('a=1&b=2');
assert.strictEqual(p[Symbol.iterator], p.entries);
assert.deepStrictEqual([...p], [['a', '1'], ['b', '2']]);
assert.deepStrictEqual([...p.keys()], ['a', 'b']);
assert.deepStrictEqual([...p.values()], ['1', '2']);

// Iterators see changes made while iterating.
const it = p.keys();
assert.deepStrictEqual(it.next(), { value: 'a', done: false });
p.append('c', '3');
assert.deepStrictEqual([...it], ['b', 'c']);
assert.deepStrictEqual(it.next(), { value: undefined, done: true });

const seen = [];
const self = {};
p.forEach(function(value, name, params) {
  assert.strictEqual(this, self);
  assert.strictEqual(params, p);
  seen.push(`${name}=${value}`);
  if (name === 'a') params.append('d', '4');
}, self);
assert.deepStrictEqual(seen, ['a=1', 'b=2', 'c=3', 'd=4']);
assert.throws(() => p.forEach(5), { code: 'ERR_INVALID_ARG_TYPE' });

const iterProto = Object.getPrototypeOf(p.entries());
assert.strictEqual(Object.prototype.toString.call(p.entries()), '[object URLSearchParams Iterator]');
assert.strictEqual(Object.getPrototypeOf(iterProto),
                   Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
assert.strictEqual(Object.getOwnPropertyDescriptor(iterProto, 'next').enumerable, true);
assert.strictEqual(Object.hasOwn(iterProto, 'constructor'), false);
assert.throws(() => iterProto.next.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParamsIterator',
});

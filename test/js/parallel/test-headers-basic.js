// Headers: append/set/get/has/delete, combining values, lower-cased sorted
// iteration, set-cookie kept apart (getSetCookie), iteration that sees
// changes made while it runs, forEach, and Headers copied from Headers.
'use strict';
require('../../common');
const assert = require('assert');

const h = new Headers({ B: '2', a: '1' });
h.append('A', '3');
assert.strictEqual(h.get('a'), '1, 3');
assert.strictEqual(h.get('A'), '1, 3');
assert.strictEqual(h.has('b'), true);
assert.strictEqual(h.has('c'), false);
assert.strictEqual(h.get('c'), null);
assert.deepStrictEqual([...h], [['a', '1, 3'], ['b', '2']]);
assert.deepStrictEqual([...h.keys()], ['a', 'b']);
assert.deepStrictEqual([...h.values()], ['1, 3', '2']);

h.set('a', 'x');
assert.deepStrictEqual([...h.entries()], [['a', 'x'], ['b', '2']]);
h.delete('B');
assert.deepStrictEqual([...h], [['a', 'x']]);
h.delete('nothing');

// Values lose surrounding HTTP whitespace, keep inner whitespace.
assert.strictEqual(new Headers({ v: ' \t x  y \r\n' }).get('v'), 'x  y');
// Latin-1 values are fine.
assert.strictEqual(new Headers({ v: 'é' }).get('v'), 'é');
// Cookie values combine with "; ".
const c = new Headers();
c.append('cookie', 'a=1');
c.append('Cookie', 'b=2');
assert.strictEqual(c.get('cookie'), 'a=1; b=2');

// set-cookie: combined for get(), separate for getSetCookie and iteration.
const s = new Headers();
s.append('Set-Cookie', 'x=1');
s.append('set-cookie', 'y=2');
s.append('z', '0');
assert.strictEqual(s.get('set-cookie'), 'x=1, y=2');
assert.deepStrictEqual(s.getSetCookie(), ['x=1', 'y=2']);
assert.deepStrictEqual([...s], [['set-cookie', 'x=1'], ['set-cookie', 'y=2'], ['z', '0']]);
s.set('SET-COOKIE', 'q=3');
assert.deepStrictEqual(s.getSetCookie(), ['q=3']);
s.delete('set-cookie');
assert.deepStrictEqual(s.getSetCookie(), []);

// Sequence and iterable inits.
assert.deepStrictEqual([...new Headers([['b', '1'], ['a', '2'], ['A', '3']])],
                       [['a', '2, 3'], ['b', '1']]);
assert.deepStrictEqual([...new Headers(new Map([['k', 'v']]))], [['k', 'v']]);
const copy = new Headers(s);
s.set('z', 'changed');
assert.strictEqual(copy.get('z'), '0');

// Iteration re-reads the sorted list, so an added header is seen.
const m = new Headers({ a: '1', c: '3' });
const seen = [];
for (const [k] of m) {
  seen.push(k);
  if (k === 'a') m.set('b', '2');
}
assert.deepStrictEqual(seen, ['a', 'b', 'c']);

// forEach(value, key, headers) with thisArg.
const calls = [];
new Headers({ y: '2', x: '1' }).forEach(function(v, k, self) {
  calls.push([v, k, self instanceof Headers, this.tag]);
}, { tag: 't' });
assert.deepStrictEqual(calls, [['1', 'x', true, 't'], ['2', 'y', true, 't']]);

// Brand, tags and prototype shape.
assert.strictEqual(Object.prototype.toString.call(h), '[object Headers]');
assert.strictEqual(Object.prototype.toString.call(h.entries()), '[object Headers Iterator]');
assert.strictEqual(Headers.prototype[Symbol.iterator], Headers.prototype.entries);
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(h.keys())), ['next']);
const it = new Headers({ a: '1' }).entries();
assert.deepStrictEqual(it.next(), { value: ['a', '1'], done: false });
assert.deepStrictEqual(it.next(), { value: undefined, done: true });
assert.strictEqual(Headers.length, 0);
assert.strictEqual(Headers.prototype.append.length, 2);

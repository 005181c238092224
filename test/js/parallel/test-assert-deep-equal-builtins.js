'use strict';
// Boxed primitives, Dates and RegExps compare their hidden value (RegExps:
// source, flags and lastIndex) plus own properties. WeakMaps and WeakSets
// show no contents, so only their own properties count.
const assert = require('node:assert');

function check(a, b, loose, strict) {
  for (const [x, y] of [[a, b], [b, a]]) {
    if (loose) assert.deepEqual(x, y); else assert.notDeepEqual(x, y);
    if (strict) assert.deepStrictEqual(x, y); else assert.notDeepStrictEqual(x, y);
  }
}

check(new Number(1), new Number(1), true, true);
check(new Number(1), new Number(2), false, false);
check(new Number(0), new Number(-0), false, false);
check(new Number(NaN), new Number(NaN), true, true);
check(new Number(1), 1, false, false);
check(new Number(1), new String('1'), false, false);
check(new String('ab'), new String('ab'), true, true);
check(new String('ab'), new String('abc'), false, false);
check(Object.assign(new String('a'), { x: 1 }), new String('a'), false, false);
check(new Boolean(false), new Boolean(false), true, true);
check(new Boolean(false), new Boolean(true), false, false);
check(Object(1n), Object(1n), true, true);
const sym = Symbol('s');
check(Object(sym), Object(sym), true, true);
check(Object(Symbol('a')), Object(Symbol('a')), false, false);

check(new Date(0), new Date(0), true, true);
check(new Date(0), new Date(1), false, false);
check(new Date(NaN), new Date(NaN), false, false);
check(Object.assign(new Date(0), { foo: 1 }), new Date(0), false, false);
class MyDate extends Date {}
check(new MyDate(0), new Date(0), true, false);

check(/a/g, /a/g, true, true);
check(/a/g, /a/i, false, false);
check(/a/, /b/, false, false);
const advanced = /a/g;
advanced.lastIndex = 3;
check(advanced, /a/g, false, false);
const alsoAdvanced = /a/g;
alsoAdvanced.lastIndex = 3;
check(advanced, alsoAdvanced, true, true);
check(Object.assign(/a/, { x: 1 }), /a/, false, false);

const wm = new WeakMap();
check(wm, wm, true, true);
const key = {};
check(new WeakMap([[key, 1]]), new WeakMap(), true, true);
check(new WeakSet([key]), new WeakSet(), true, true);
check(Object.assign(new WeakMap(), { a: 1 }), new WeakMap(), false, false);
check(new WeakMap(), new WeakSet(), false, false);
check(new WeakMap(), {}, false, false);

check(Promise.resolve(1), Promise.resolve(2), true, true);

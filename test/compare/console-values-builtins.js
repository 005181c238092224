// console.log of built-in objects: Date, RegExp, Error inside an object,
// Promise states, Map/Set/WeakMap, typed arrays, ArrayBuffer, DataView,
// Proxy, arguments, boxed, globalThis-like objects.
'use strict';
console.log(new Date(0), new Date(NaN), [new Date(86400000)]);
console.log(/re/gi, [/a\/b/], Object.assign(/x/, { extra: 1 }));
const e = new RangeError('inside');
e.stack = 'RangeError: inside\n    at fake (file.js:1:1)';
console.log({ err: e }, [new Error('no stack')].length);
const rejected = Promise.reject(new Error('r'));
rejected.catch(() => {});
console.log(Promise.resolve(5), new Promise(() => {}), Promise.resolve({ a: [1] }));
console.log(new Map([[1, 'one'], ['two', { n: 2 }], [{ k: 1 }, [3]]]), new Set([1, 'a', [2]]));
console.log(new Map(), new Set(), new WeakMap(), new WeakSet(), [new Map([[1, new Map([[2, 3]])]])]);
console.log(new Uint8Array([1, 2, 300]), new Float64Array(2), new BigInt64Array([5n]), new Int16Array(0));
console.log(new ArrayBuffer(4), new DataView(new ArrayBuffer(2)));
console.log(new Proxy({ target: 1 }, {}), new Proxy([1, 2], {}), new Proxy(function f() {}, {}));
(function () { console.log(arguments); })(1, 'two');
console.log(Math, JSON, Reflect === undefined, typeof globalThis);
console.log([Symbol.iterator, Object(1n)], new (class Foo extends Map {})([[1, 2]]));
console.log(new (class Bar extends Array {})(3).fill(0), new (class Baz extends Error {})('sub').name);
console.log(Object.create(Array.prototype), Object.create(Date.prototype) instanceof Date);
console.log([new WeakRef({})].length, typeof new WeakRef({}));
console.log(function* () {}(), (async () => {})());

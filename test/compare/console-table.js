'use strict';
// console.table of various shapes: arrays of objects and primitives, objects
// of rows, column filters, Map/Set, nested values, wide characters, and
// non-objects (iterators: console-table-iterators.js).
console.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]);
console.table([1, 'two', null, undefined, 3n, Symbol('s'), true]);
console.table({ r1: { c: 1, b: 2 }, r2: 5, r3: { 1: 'one', c: true } });
console.table([{ a: 1, b: 'x', c: true }, { b: 'y', d: 4 }], ['c', 'a', 'zzz']);
console.table([1, { a: 2 }], ['a']);
console.table([[1, 2, [3, 4, 5, 6]], { a: { b: { c: 1 } }, x: 1, y: { z: [] } }]);
console.table([{ deep: { p: 1, q: 2, r: 3 }, arr: [1, 2, 3, 4, 5], fn() {} }]);
console.table(new Map([['a', { x: 1 }], [{ k: 1 }, [1, 2]]]));
console.table(new Set([1, 'two', { a: 1 }]));
console.table([]);
console.table({});
console.table(new Map());
console.table(new Uint8Array([5, 6]));
console.table([{ '中文': '漢字漢字', e: 'é', emoji: '😀' }]);
console.table([{ multi: 'a\nb', tab: 'a\tb' }]);
console.table([new Date(0), /re/g, new Error('e').message]);
console.table(5);
console.table('text');
console.table(null);
console.table();
try {
  console.table([], 'a');
} catch (e) {
  console.log(e.code, e.message);
}

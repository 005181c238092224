'use strict';
// console.table of Map and Set iterators, including a partly consumed one.
console.table(new Map([[1, 2], [3, 4]]).entries());
console.table(new Map([[1, 2], [3, 4]]).keys());
console.table(new Set(['a', 'b']).values());
console.table(new Set([1, 2]).entries());
const it = new Map([[1, 2], [3, 4]]).entries();
it.next();
console.table(it);
console.log([...it]);

// console.log of objects: nesting beyond depth 2, circular references,
// class instances, null prototypes, symbol keys, getters, accessors, and
// line breaking at 80 columns.
'use strict';
console.log({ a: { b: { c: { d: { e: 1 } } } }, arr: [[[[1]]]] });
const circ = { name: 'circ', list: [] };
circ.self = circ;
circ.list.push(circ, { parent: circ });
console.log(circ);
class Point { constructor() { this.x = 1; this.y = 2; } }
class Empty {}
class Named { static create() { return new Named(); } get computed() { return 1; } }
console.log(new Point(), new Empty(), Named.create(), [new Point()]);
const np = Object.create(null);
np.key = 'v';
console.log(np, Object.create(null), { inner: np });
const withProto = Object.create({ inherited: 1 });
withProto.own = 2;
console.log(withProto);
console.log({ [Symbol('k')]: 1, 'needs quotes': 2, valid_id: 3, 42: 4, 'a-b': 5, '': 6 });
console.log({ get g() { return 1; }, set s(v) {}, get gs() { return 2; }, set gs(v) {} });
const hidden = {};
Object.defineProperty(hidden, 'invisible', { value: 1, enumerable: false });
Object.defineProperty(hidden, 'visible', { value: 2, enumerable: true });
console.log(hidden);
console.log({ k1: 'x'.repeat(15), k2: 'y'.repeat(15), k3: 'z'.repeat(15), k4: 'w'.repeat(15) });
console.log({ short: 1, arr: Array.from({ length: 30 }, (_, i) => i) });
console.log(Array.from({ length: 120 }, (_, i) => i % 7));
console.log([1, , 3, , , 6], new Array(5), [undefined, null]);
const arr = [1, 2];
arr.extra = 'prop';
arr[-1] = 'neg';
console.log(arr);
console.log(Object.freeze({ frozen: true }), Object.seal([1]));
console.log({ fn() {}, arrow: () => {}, async am() {}, *gen() {}, cls: class {}, named: class Foo extends Point {} });
function withProps() {}
withProps.prop = 1;
console.log(withProps, [withProps]);
console.log(Object.assign(() => {}, { a: 1 }));

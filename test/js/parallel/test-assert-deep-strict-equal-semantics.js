'use strict';
// deepStrictEqual(): Object.is for primitives, equal prototypes, own
// enumerable string and symbol keys, holes distinct from undefined.
const assert = require('node:assert');

function same(a, b) {
  assert.deepStrictEqual(a, b);
  assert.deepStrictEqual(b, a);
  assert.throws(() => assert.notDeepStrictEqual(a, b), { code: 'ERR_ASSERTION' });
}
function differ(a, b) {
  assert.notDeepStrictEqual(a, b);
  assert.notDeepStrictEqual(b, a);
  assert.throws(() => assert.deepStrictEqual(a, b), { code: 'ERR_ASSERTION' });
}

same(NaN, NaN);
same({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] });
same([1, , 3], [1, , 3]); // eslint-disable-line no-sparse-arrays
const s = Symbol('s');
same({ [s]: 1 }, { [s]: 1 });
const hidden = {};
Object.defineProperty(hidden, s, { value: 1, enumerable: false });
same(hidden, {});
const nonEnum = { a: 1 };
Object.defineProperty(nonEnum, 'b', { value: 2, enumerable: false });
same(nonEnum, { a: 1 });
same(Object.create(null), Object.create(null));

differ(0, -0);
differ([0], [-0]);
differ({ a: 0 }, { a: -0 });
differ(1, '1');
differ(null, undefined);
differ({ a: 1 }, { a: '1' });
differ(Object.create(null), {});
class A { constructor() { this.x = 1; } }
class B { constructor() { this.x = 1; } }
differ(new A(), new B());
differ(new A(), { x: 1 });
differ({ [s]: 1 }, { [s]: 2 });
differ({ [s]: 1 }, {});
differ([1, , 3], [1, undefined, 3]); // eslint-disable-line no-sparse-arrays
differ(Symbol('a'), Symbol('a'));
differ(() => {}, () => {});
const withSymbol = [1];
withSymbol[s] = 1;
differ(withSymbol, [1]);

// A key that is non-enumerable on one side does not count as present.
const other = { y: 1 };
Object.defineProperty(other, 'x', { value: 1, enumerable: false });
differ({ x: 1 }, other);

// Proxies are compared through their traps like ordinary objects.
same(new Proxy({ a: 1 }, {}), { a: 1 });
same(new Proxy([1, 2], {}), [1, 2]);
differ(new Proxy({ a: 1 }, {}), { a: 2 });

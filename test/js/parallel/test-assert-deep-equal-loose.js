'use strict';
// deepEqual(): primitives compare with ==, prototypes and symbol keys are
// ignored, but the Object.prototype.toString tag, own enumerable keys and
// array holes must match.
const assert = require('node:assert');

function same(a, b) {
  assert.deepEqual(a, b);
  assert.deepEqual(b, a);
  assert.throws(() => assert.notDeepEqual(a, b), { code: 'ERR_ASSERTION' });
}
function differ(a, b) {
  assert.notDeepEqual(a, b);
  assert.notDeepEqual(b, a);
  assert.throws(() => assert.deepEqual(a, b), { code: 'ERR_ASSERTION' });
}

same(1, '1');
same(null, undefined);
same(NaN, NaN);
same(0, -0);
same(true, 1);
same(1n, 1);
same({ a: 1 }, { a: '1' });
same({ a: 1, b: 2 }, { b: 2, a: 1 });
same([1, 2], ['1', '2']);
same([[1]], [['1']]);
same({ a: null }, { a: undefined });
same(Object.create(null), {});
class A { constructor() { this.x = 1; } }
same(new A(), { x: 1 });
const s = Symbol('s');
same({ [s]: 1 }, { [s]: 2 });
same({ [s]: 1 }, {});

differ(1, 2);
differ('a', {});
differ(true, 'true');
differ({ a: 1 }, { a: 1, b: undefined });
differ({ a: undefined }, { b: undefined });
differ([1, , 3], [1, undefined, 3]); // eslint-disable-line no-sparse-arrays
differ([1], { 0: 1, length: 1 });
differ([], {});
differ([1, 2, 3], [1, 2]);
differ((function() { return arguments; })(1, 2), [1, 2]);
differ(function() {}, function() {});
differ(new Date(0), {});
differ({ [Symbol.toStringTag]: 'X' }, {});
differ(new Number(1), 1);
differ(new String('ab'), { 0: 'a', 1: 'b' });

const extra = [1, 2];
extra.foo = 1;
differ(extra, [1, 2]);

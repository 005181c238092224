'use strict';
// deepStrictEqual(): the `+ actual - expected` line diff of the two inspected
// values, with identical runs collapsed to `...` and trailing context kept.
const assert = require('node:assert');

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    return err.message;
  }
  throw new Error('did not throw');
}

const head = 'Expected values to be strictly deep-equal:\n+ actual - expected';

assert.strictEqual(messageOf(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 })),
                   `${head}\n\n  {\n    a: 1,\n+   b: 2\n-   b: 3\n  }`);

// Extra lines on one side only.
assert.strictEqual(messageOf(() => assert.deepStrictEqual([1, 2, 3], [1, 2])),
                   `${head}\n\n  [\n    1,\n    2,\n+   3\n  ]`);
assert.strictEqual(messageOf(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: [1, 2] })),
                   `${head}\n\n  {\n    a: 1,\n-   b: [\n-     1,\n-     2\n-   ]\n  }`);

// Nested difference.
assert.strictEqual(
  messageOf(() => assert.deepStrictEqual({ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } })),
  `${head}\n\n  {\n    a: {\n      b: {\n+       c: 1\n-       c: 2\n      }\n    }\n  }`);

// Long identical runs are skipped.
const big = Array.from({ length: 100 }, (_, i) => i);
const bigChanged = big.map((v) => (v === 50 ? -1 : v));
assert.strictEqual(
  messageOf(() => assert.deepStrictEqual(big, bigChanged)),
  'Expected values to be strictly deep-equal:\n+ actual - expected ... Lines skipped\n\n' +
  '  [\n    0,\n...\n    48,\n    49,\n+   50,\n-   -1,\n    51,\n...\n    98,\n    99\n  ]');

// Keys are sorted and consecutive changes grouped.
assert.strictEqual(
  messageOf(() => assert.deepStrictEqual({ x: 1, y: 2, z: 3 }, { x: 1, y: 2, w: 3 })),
  `${head}\n\n  {\n+   x: 1,\n+   y: 2,\n+   z: 3\n-   w: 3,\n-   x: 1,\n-   y: 2\n  }`);

// Maps, Sets and class instances.
assert.strictEqual(
  messageOf(() => assert.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]]))),
  `${head}\n\n  Map(1) {\n    1 => {\n+     a: 1\n-     a: 2\n    }\n  }`);
class Foo { constructor() { this.a = 1; } }
assert.strictEqual(messageOf(() => assert.deepStrictEqual(new Foo(), { a: 1 })),
                   `${head}\n\n+ Foo {\n- {\n    a: 1\n  }`);

// Holes differ from undefined.
assert.strictEqual(messageOf(() => assert.deepStrictEqual([1, , 3], [1, undefined, 3])), // eslint-disable-line no-sparse-arrays
                   `${head}\n\n  [\n    1,\n+   <1 empty item>,\n-   undefined,\n    3\n  ]`);

// Equal-looking values that are still unequal.
assert.strictEqual(messageOf(() => assert.deepStrictEqual({ a: Symbol('x') }, { a: Symbol('x') })),
                   'Values have same structure but are not reference-equal:\n\n{\n  a: Symbol(x)\n}\n');

// Short primitives.
assert.strictEqual(messageOf(() => assert.deepStrictEqual(1, 2)),
                   'Expected values to be strictly deep-equal:\n\n1 !== 2\n');

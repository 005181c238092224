'use strict';
// ES2023 features Node 20 has: findLast, change-array-by-copy, well-formed
// strings.
const assert = require('assert');

const a = [1, 2, 3, 4];
assert.strictEqual(a.findLast((x) => x % 2 === 1), 3);
assert.strictEqual(a.findLastIndex((x) => x > 10), -1);
assert.deepStrictEqual(a.toReversed(), [4, 3, 2, 1]);
assert.deepStrictEqual([3, 1, 2].toSorted(), [1, 2, 3]);
assert.deepStrictEqual(a.toSpliced(1, 2, 'x'), [1, 'x', 4]);
assert.deepStrictEqual(a.with(-1, 9), [1, 2, 3, 9]);
assert.deepStrictEqual(a, [1, 2, 3, 4]);
assert.throws(() => a.with(4, 0), RangeError);
assert.strictEqual(Object.getOwnPropertyDescriptor(Array.prototype, 'findLast').enumerable, false);
assert.strictEqual(Array.prototype[Symbol.unscopables].toSorted, true);

const t = new Uint8Array([3, 1, 2]);
assert.deepStrictEqual(t.toSorted(), new Uint8Array([1, 2, 3]));
assert.deepStrictEqual(t.toReversed(), new Uint8Array([2, 1, 3]));
assert.deepStrictEqual(t.with(0, 7), new Uint8Array([7, 1, 2]));
assert.strictEqual(t.findLast((x) => x > 1), 2);

assert.strictEqual('ab\ud800'.isWellFormed(), false);
assert.strictEqual('ab\ud800'.toWellFormed(), 'ab\ufffd');
assert.strictEqual('\ud83d\ude00'.isWellFormed(), true);

'use strict';
// Delays are coerced like Node: numbers in [1, 2^31-1] are kept, everything
// else (NaN, negatives, < 1, non-numeric) becomes 1. Numeric strings and
// objects with valueOf coerce.
const assert = require('node:assert');
const { setTimeout, clearTimeout } = require('node:timers');

const cases = [
  [undefined, 1], [null, 1], [NaN, 1], [-5, 1], [0, 1], [0.5, 1], [1, 1],
  [1.5, 1.5], ['10', 10], ['abc', 1], [{ valueOf: () => 7 }, 7], [true, 1],
  [[], 1], [[20], 20], [Infinity, 1], [-Infinity, 1], [2 ** 31 - 1, 2 ** 31 - 1],
];
for (const [input, expected] of cases) {
  const t = setTimeout(() => {}, input);
  assert.strictEqual(t._idleTimeout, expected, `delay ${String(input)}`);
  assert.strictEqual(t._repeat, null);
  assert.strictEqual(t._destroyed, false);
  clearTimeout(t);
  assert.strictEqual(t._idleTimeout, -1);
  assert.strictEqual(t._onTimeout, null);
  assert.strictEqual(t._destroyed, true);
}
assert.throws(() => setTimeout(() => {}, Symbol('x')), TypeError);

// A fractional delay still fires.
let fired = false;
setTimeout(() => { fired = true; }, 1.5);
process.on('exit', () => assert.strictEqual(fired, true));

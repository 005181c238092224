'use strict';
// copy(target, targetStart, sourceStart, sourceEnd) copies what fits and
// returns the count; overlapping ranges of one buffer behave like memmove;
// offsets are coerced like node (rounded down, NaN/Infinity default).
const assert = require('node:assert');

function run(...args) {
  const target = Buffer.from('uvwxyz');
  const n = Buffer.from('abcdef').copy(target, ...args);
  return `${n} ${target}`;
}
assert.strictEqual(run(), '6 abcdef');
assert.strictEqual(run(3), '3 uvwabc');
assert.strictEqual(run(0, 2), '4 cdefyz');
assert.strictEqual(run(0, 2, 3), '1 cvwxyz');
assert.strictEqual(run(1.5, 0, 3), '3 uabcyz');
assert.strictEqual(run('1', 0, 3), '3 uabcyz');
assert.strictEqual(run(0, '2'), '4 cdefyz');
assert.strictEqual(run(0, 0, 100), '6 abcdef');
assert.strictEqual(run(0, 0, NaN), '0 uvwxyz');
assert.strictEqual(run(0, 0, '3'), '3 abcxyz');
assert.strictEqual(run(0, Infinity), '6 abcdef');
assert.strictEqual(run(6), '0 uvwxyz');
assert.strictEqual(run(0, 6), '0 uvwxyz');
assert.strictEqual(run(0, 5, 3), '0 uvwxyz');
assert.strictEqual(run(2 ** 31), '0 uvwxyz');

assert.throws(() => run(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => run(0, 7), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceStart" is out of range. It must be >= 0 && <= 6. Received 7',
});
assert.throws(() => run(0, 0, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceEnd" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => Buffer.alloc(1).copy('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. ' +
    "Received type string ('x')",
});

// Overlap in both directions.
const m = Buffer.from('0123456789');
assert.strictEqual(m.copy(m, 2, 0, 6), 6);
assert.strictEqual(m.toString(), '0101234589');
const n = Buffer.from('0123456789');
assert.strictEqual(n.copy(n, 0, 3), 7);
assert.strictEqual(n.toString(), '3456789789');
// Into a plain Uint8Array, and from a subarray.
const u = new Uint8Array(4);
assert.strictEqual(Buffer.from('abcdef').subarray(2).copy(u, 1), 3);
assert.deepStrictEqual([...u], [0, 0x63, 0x64, 0x65]);

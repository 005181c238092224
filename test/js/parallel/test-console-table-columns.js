'use strict';
// console.table(data, properties): only the listed columns, in the given
// order (empty cells where a row lacks one); primitives and null are logged
// as with console.log; a non-array properties argument throws.
const assert = require('node:assert');
const { Console } = require('node:console');

let out = '';
const c = new Console({
  stdout: { write(chunk) { out += chunk; } }, ignoreErrors: false, colorMode: false,
});
function table(...args) {
  out = '';
  c.table(...args);
  return out;
}

const rows = [{ a: 1, b: 'x', c: true }, { b: 'y', d: 4 }];
assert.strictEqual(table(rows, ['c', 'a', 'zzz']), `\
┌─────────┬──────┬───┬─────┐
│ (index) │ c    │ a │ zzz │
├─────────┼──────┼───┼─────┤
│ 0       │ true │ 1 │     │
│ 1       │      │   │     │
└─────────┴──────┴───┴─────┘
`);

// With properties, primitive rows have empty cells and no Values column.
assert.strictEqual(table([1, { a: 2 }], ['a']), `\
┌─────────┬───┐
│ (index) │ a │
├─────────┼───┤
│ 0       │   │
│ 1       │ 2 │
└─────────┴───┘
`);

assert.strictEqual(table(rows, []), `\
┌─────────┐
│ (index) │
├─────────┤
│ 0       │
│ 1       │
└─────────┘
`);

// Non-objects are simply logged.
assert.strictEqual(table(5), '5\n');
assert.strictEqual(table('str'), 'str\n');
assert.strictEqual(table(null), 'null\n');
assert.strictEqual(table(undefined), 'undefined\n');
assert.strictEqual(table(), 'undefined\n');

for (const bad of ['a', {}, 1, null]) {
  assert.throws(() => c.table(rows, bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
assert.throws(() => c.table(1, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "properties" argument must be an instance of Array. Received type string (\'x\')',
});

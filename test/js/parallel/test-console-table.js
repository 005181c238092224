'use strict';
// console.table draws Node's box: an (index) column of row keys, one column
// per property in first-seen order (integer-like names first), a 'Values'
// column for primitive rows; Map/Set and their iterators get an
// (iteration index) column; cells are inspected on one line, padded by
// terminal width.
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

assert.strictEqual(table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]), `\
┌─────────┬─────┬─────┐
│ (index) │ a   │ b   │
├─────────┼─────┼─────┤
│ 0       │ 1   │ 'Y' │
│ 1       │ 'Z' │ 2   │
└─────────┴─────┴─────┘
`);

assert.strictEqual(table([1, 'two', null, undefined, 3n, Symbol('s')]), `\
┌─────────┬───────────┐
│ (index) │ Values    │
├─────────┼───────────┤
│ 0       │ 1         │
│ 1       │ 'two'     │
│ 2       │ null      │
│ 3       │ undefined │
│ 4       │ 3n        │
│ 5       │ Symbol(s) │
└─────────┴───────────┘
`);

assert.strictEqual(table({ r1: { c: 1, b: 2 }, r2: 5, r3: { 1: 'one', c: true } }), `\
┌─────────┬───────┬──────┬───┬────────┐
│ (index) │ 1     │ c    │ b │ Values │
├─────────┼───────┼──────┼───┼────────┤
│ r1      │       │ 1    │ 2 │        │
│ r2      │       │      │   │ 5      │
│ r3      │ 'one' │ true │   │        │
└─────────┴───────┴──────┴───┴────────┘
`);

// Arrays show 3 items; objects with more than two keys collapse to
// [Object], smaller ones show one level.
assert.strictEqual(table([
  [1, 2, [3, 4, 5, 6]],
  { a: { b: { c: 1 } }, x: 1, y: { z: [] }, w: { p: 1, q: 2, r: 3 } },
]), `\
┌─────────┬───┬───┬──────────────────────────────┬─────────────────┬───┬───────────┬──────────┐
│ (index) │ 0 │ 1 │ 2                            │ a               │ x │ y         │ w        │
├─────────┼───┼───┼──────────────────────────────┼─────────────────┼───┼───────────┼──────────┤
│ 0       │ 1 │ 2 │ [ 3, 4, 5, ... 1 more item ] │                 │   │           │          │
│ 1       │   │   │                              │ { b: [Object] } │ 1 │ { z: [] } │ [Object] │
└─────────┴───┴───┴──────────────────────────────┴─────────────────┴───┴───────────┴──────────┘
`);

assert.strictEqual(table(new Map([['a', { x: 1 }], [{ k: 1 }, [1, 2]]])), `\
┌───────────────────┬──────────┬──────────┐
│ (iteration index) │ Key      │ Values   │
├───────────────────┼──────────┼──────────┤
│ 0                 │ 'a'      │ { x: 1 } │
│ 1                 │ { k: 1 } │ [ 1, 2 ] │
└───────────────────┴──────────┴──────────┘
`);

assert.strictEqual(table(new Set([1, 'two', { a: 1 }])), `\
┌───────────────────┬──────────┐
│ (iteration index) │ Values   │
├───────────────────┼──────────┤
│ 0                 │ 1        │
│ 1                 │ 'two'    │
│ 2                 │ { a: 1 } │
└───────────────────┴──────────┘
`);

assert.strictEqual(table(new Map([[1, 2], [3, 4]]).entries()), `\
┌───────────────────┬─────┬────────┐
│ (iteration index) │ Key │ Values │
├───────────────────┼─────┼────────┤
│ 0                 │ 1   │ 2      │
│ 1                 │ 3   │ 4      │
└───────────────────┴─────┴────────┘
`);

assert.strictEqual(table(new Map([[1, 2], [3, 4]]).values()), `\
┌───────────────────┬────────┐
│ (iteration index) │ Values │
├───────────────────┼────────┤
│ 0                 │ 2      │
│ 1                 │ 4      │
└───────────────────┴────────┘
`);

assert.strictEqual(table(new Set(['a']).values()), `\
┌───────────────────┬────────┐
│ (iteration index) │ Values │
├───────────────────┼────────┤
│ 0                 │ 'a'    │
└───────────────────┴────────┘
`);

assert.strictEqual(table([]), `\
┌─────────┐
│ (index) │
├─────────┤
└─────────┘
`);

assert.strictEqual(table(new Uint8Array([5, 6])), `\
┌─────────┬────────┐
│ (index) │ Values │
├─────────┼────────┤
│ 0       │ 5      │
│ 1       │ 6      │
└─────────┴────────┘
`);

// Wide characters take two columns.
assert.strictEqual(table([{ '中文': '漢字', e: 'é' }]), `\
┌─────────┬────────┬─────┐
│ (index) │ 中文   │ e   │
├─────────┼────────┼─────┤
│ 0       │ '漢字' │ 'é' │
└─────────┴────────┴─────┘
`);

// Functions are rows with their own keys.
assert.strictEqual(table([function f() {}, { a: function g() {} }]), `\
┌─────────┬───────────────┐
│ (index) │ a             │
├─────────┼───────────────┤
│ 0       │               │
│ 1       │ [Function: g] │
└─────────┴───────────────┘
`);

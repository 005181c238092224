// bench: metric=ops+wall
//
// util.inspect of a nested object with 10,000 keys in all (100 groups of 100
// entries mixing numbers, strings, arrays, nested objects, dates and null),
// with depth Infinity and no line or array limits, so that every key is
// formatted. One op is one full inspect. The output's length is checked
// against the first run so a truncated result fails.
'use strict';
const util = require('util');
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const root = {};
for (let g = 0; g < 100; g++) {
  const group = {};
  for (let k = 0; k < 100; k++) {
    const key = `key_${g}_${k}`;
    switch (k % 6) {
      case 0: group[key] = k * 1.5; break;
      case 1: group[key] = `value ${g}/${k} with 'quotes'`; break;
      case 2: group[key] = [k, k + 1, 'x']; break;
      case 3: group[key] = { a: k, b: { c: 'deep' } }; break;
      case 4: group[key] = new Date(Date.UTC(2020, 0, 1 + k)); break;
      default: group[key] = null;
    }
  }
  root[`group_${g}`] = group;
}

const opts = { depth: Infinity, maxArrayLength: Infinity, maxStringLength: Infinity,
               breakLength: 80 };
const expected = util.inspect(root, opts).length;
if (expected < 300000) {
  console.error(`inspect-big: output too short (${expected})`);
  process.exit(1);
}
const N = 20;
const start = now();
for (let i = 0; i < N; i++) {
  if (util.inspect(root, opts).length !== expected) {
    console.error('inspect-big: output changed between runs');
    process.exit(1);
  }
}
const ms = now() - start;
console.log(`ops/s: ${(N / (ms / 1e3)).toFixed(2)}`);

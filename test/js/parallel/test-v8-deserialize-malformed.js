'use strict';
// v8.deserialize() of malformed bytes throws; it never aborts the process or
// stops it without an exception. The records below are in eddy's format (a
// 4-byte length, a flag byte, then the engine's clone words); node rejects
// them too, as foreign data.
const assert = require('node:assert');
const v8 = require('node:v8');

const header = [2, 0, 0, 0, 0, 0, 241, 255];
const int32One = [1, 0, 0, 0, 3, 0, 255, 255];
const plainTag = [0, 0, 0, 0, 1, 129, 255, 255];
const u64 = (n) => {
  const b = Buffer.alloc(8);
  // eddy's nested-clone size: high word in the tag half, low in the data half.
  b.writeUInt32LE(n % 2 ** 32, 0);
  b.writeUInt32LE(Math.floor(n / 2 ** 32), 4);
  return [...b];
};
const frame = (words) => {
  const body = [0, ...words];
  return Buffer.from([(body.length >>> 24) & 255, (body.length >>> 16) & 255,
    (body.length >>> 8) & 255, body.length & 255, ...body]);
};

// Under eddy the framing above is the real one (node's bytes are V8's).
if (v8.serialize(1)[0] === 0) {
  assert.deepStrictEqual([...v8.serialize(1)], [...frame([...header, ...int32One])]);
}

// A nested clone claiming 2**40 bytes (more than the record holds).
assert.throws(() => v8.deserialize(frame([...header, ...plainTag, ...u64(2 ** 40)])), Error);

// A nested clone claiming a few bytes more than are left.
assert.throws(() => v8.deserialize(frame([...header, ...plainTag, ...u64(64), ...header])), Error);

// Nesting far deeper than any writer produces.
let inner = [...header, ...int32One];
for (let i = 0; i < 200; i++) inner = [...header, ...plainTag, ...u64(inner.length), ...inner];
assert.throws(() => v8.deserialize(frame(inner)), Error);

// Random damage to real records: each call returns or throws.
const seeds = [1, { a: [1, 'x'] }, new Map([[1, new Set([2n])]]), new Error('e')].map((v) => v8.serialize(v));
let x = 7;
for (let i = 0; i < 3000; i++) {
  const b = Buffer.from(seeds[i % seeds.length]);
  for (let k = 0; k < 3; k++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[4 + (x % (b.length - 4))] = x >>> 24;
  }
  try { v8.deserialize(b); } catch (e) { assert.ok(e instanceof Error, String(e)); }
}

'use strict';
const assert = require('assert');

const src = { a: 1, d: new Date(0), m: new Map([[1, { x: 2 }]]), s: new Set([1]),
  r: /x/g, b: 10n, t: new Uint16Array([1, 2]), nested: { arr: [1, [2]] } };
src.self = src;
const copy = structuredClone(src);
assert.notStrictEqual(copy, src);
assert.strictEqual(copy.self, copy);
assert.deepStrictEqual(copy.m.get(1), { x: 2 });
assert.ok(copy.d instanceof Date);
assert.strictEqual(copy.b, 10n);
assert.deepStrictEqual(copy.t, new Uint16Array([1, 2]));

const buf = new ArrayBuffer(8);
const moved = structuredClone(buf, { transfer: [buf] });
assert.strictEqual(buf.byteLength, 0);
assert.strictEqual(moved.byteLength, 8);

assert.throws(() => structuredClone(() => {}));
assert.throws(() => structuredClone(), { code: 'ERR_MISSING_ARGS' });

'use strict';
// Buffer.concat of many chunks (eddy gathers four or more in one native
// call): views with offsets, plain Uint8Arrays, empty chunks, an explicit
// length that cuts or zero-pads, and the errors for elements that are not
// Uint8Arrays, by index, as node reports them.
const assert = require('node:assert');

const pool = Buffer.from('0123456789abcdefghijklmnopqrstuvwxyz');
const chunks = [];
let expected = '';
for (let i = 0; i < 200; i++) {
  const start = i % 30;
  const end = start + (i % 7);
  chunks.push(i % 3 === 0 ? new Uint8Array(pool.subarray(start, end)) : pool.subarray(start, end));
  expected += pool.toString('latin1', start, end);
}
const all = Buffer.concat(chunks);
assert.ok(Buffer.isBuffer(all));
assert.strictEqual(all.toString('latin1'), expected);

// An explicit length cuts the result or pads it with zeros.
assert.strictEqual(Buffer.concat(chunks, 10).toString('latin1'), expected.slice(0, 10));
const padded = Buffer.concat(chunks, expected.length + 5);
assert.strictEqual(padded.length, expected.length + 5);
assert.strictEqual(padded.toString('latin1', 0, expected.length), expected);
assert.deepStrictEqual([...padded.subarray(expected.length)], [0, 0, 0, 0, 0]);
assert.strictEqual(Buffer.concat(chunks, 0).length, 0);

// All chunks empty.
assert.strictEqual(Buffer.concat([Buffer.alloc(0), new Uint8Array(0), Buffer.alloc(0),
  Buffer.alloc(0), Buffer.alloc(0)]).length, 0);

// The result does not alias any chunk.
const parts = [Buffer.from('ab'), Buffer.from('cd'), Buffer.from('ef'), Buffer.from('gh')];
const joined = Buffer.concat(parts);
parts[0][0] = 0x7a;
assert.strictEqual(joined.toString(), 'abcdefgh');

// A large number of chunks.
const many = [];
for (let i = 0; i < 50000; i++) many.push(Buffer.from([i & 0xff]));
const big = Buffer.concat(many);
assert.strictEqual(big.length, 50000);
for (let i = 0; i < 50000; i += 997) assert.strictEqual(big[i], i & 0xff);

// Elements that are not Uint8Arrays: ERR_INVALID_ARG_TYPE naming the index.
for (const bad of ['abc', new Uint16Array(2), { length: 3 }, 5, new ArrayBuffer(4)]) {
  const list = [Buffer.from('a'), Buffer.from('b'), Buffer.from('c'), Buffer.from('d'), bad,
    Buffer.from('e')];
  assert.throws(() => Buffer.concat(list), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => Buffer.concat(list, 3), (err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.match(err.message, /"list\[4\]"/);
    return true;
  });
}
// A missing element throws a TypeError before any copy (node reads .length).
const holes = [Buffer.from('a'), Buffer.from('b'), Buffer.from('c'), Buffer.from('d'), null];
assert.throws(() => Buffer.concat(holes), TypeError);

// Getters in the list run once per read and may change what follows.
const tricky = [Buffer.from('12'), Buffer.from('34'), Buffer.from('56'), Buffer.from('78')];
let reads = 0;
Object.defineProperty(tricky, 2, {
  get() { reads++; tricky[3] = Buffer.from('xy'); return Buffer.from('56'); },
});
const t = Buffer.concat(tricky);
assert.ok(reads >= 1);
assert.ok(t.toString() === '123456xy' || t.toString() === '12345678');

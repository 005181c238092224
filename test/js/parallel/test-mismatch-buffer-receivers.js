'use strict';
// Buffer.prototype methods called on receivers that are not Buffers
// (Buffer.prototype.x.call(other)), and how often they call valueOf.
const assert = require('assert');

const P = Buffer.prototype;
const u8 = () => new Uint8Array([104, 105, 33, 0]);
const dv = () => new DataView(new ArrayBuffer(4));
const others = [u8(), new Uint16Array(2), dv(), new ArrayBuffer(4), { length: 3 }, 'abc', 5];

function notAFunction(expr) {
  return { name: 'TypeError', message: `${expr} is not a function` };
}

// toString/toLocaleString call the receiver's xxxSlice, which only Buffers have.
for (const r of others) {
  assert.throws(() => P.toString.call(r), notAFunction('this.utf8Slice'));
  assert.throws(() => P.toLocaleString.call(r), notAFunction('this.utf8Slice'));
  assert.throws(() => P.toString.call(r, undefined, 0, 2), notAFunction('this.utf8Slice'));
  assert.throws(() => P.toString.call(r, 'utf8', 0, 2), notAFunction('buf.utf8Slice'));
  assert.throws(() => P.toString.call(r, 'hex'), notAFunction('buf.hexSlice'));
  assert.throws(() => P.toString.call(r, 'ucs2'), notAFunction('buf.ucs2Slice'));
  assert.throws(() => P.toString.call(r, 'base64'), notAFunction('buf.base64Slice'));
  // write: the method of the encoding (ascii has its own line in node).
  assert.throws(() => P.write.call(r, 'ab'), notAFunction('this.utf8Write'));
  assert.throws(() => P.write.call(r, 'ffee', 'hex'), notAFunction('buf.hexWrite'));
  assert.throws(() => P.write.call(r, 'ab', 'latin1'), notAFunction('buf.latin1Write'));
  assert.throws(() => P.write.call(r, 'ab', 'ascii'), notAFunction('this.asciiWrite'));
}
// An empty range returns '' before any call.
assert.strictEqual(P.toString.call(u8(), 'hex', 9), '');
// A receiver that has the method gets it called.
const fake = { length: 2, hexSlice(s, e) { return `hex ${s}-${e}`; } };
assert.strictEqual(P.toString.call(fake, 'hex'), 'hex 0-2');

// The xxxSlice/xxxWrite methods take any ArrayBufferView, DataView included.
const view = dv();
assert.strictEqual(P.latin1Write.call(view, 'x'), 1);
assert.strictEqual(P.hexSlice.call(view), '78000000');
assert.strictEqual(P.base64Slice.call(view), 'eAAAAA==');
assert.throws(() => P.hexSlice.call(new ArrayBuffer(4)),
              { code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a buffer' });

// fill: numbers need a typed array; strings and buffers any view (a DataView
// has no length, so nothing is written).
const byteLengthError = (what) => ({
  name: 'TypeError',
  message: `Method get TypedArray.prototype.byteLength called on incompatible receiver ${what}`,
});
assert.throws(() => P.fill.call(dv(), 1), byteLengthError('#<DataView>'));
assert.throws(() => P.fill.call(new ArrayBuffer(4), 7, 1, 2), byteLengthError('#<ArrayBuffer>'));
assert.throws(() => P.fill.call({ length: 3 }, 1), byteLengthError('#<Object>'));
assert.throws(() => P.fill.call('abc', 1), byteLengthError('abc'));
const d = dv();
assert.strictEqual(P.fill.call(d, 'ab'), d);
assert.strictEqual(P.fill.call(d, Buffer.from([1, 2])), d);
assert.deepStrictEqual(new Uint8Array(d.buffer), new Uint8Array(4));
for (const r of [new ArrayBuffer(4), { length: 3 }, 'abc']) {
  assert.throws(() => P.fill.call(r, 'ab'),
                { code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a buffer' });
}
const u = u8();
assert.strictEqual(P.fill.call(u, 'x'), u);
assert.deepStrictEqual([...u], [120, 120, 120, 120]);

// equals needs a typed array receiver.
const other = Buffer.from('hi!\0');
assert.strictEqual(P.equals.call(u8(), other), true);
assert.throws(() => P.equals.call(dv(), other), byteLengthError('#<DataView>'));
assert.throws(() => P.equals.call(null, other), byteLengthError('null'));
assert.throws(() => P.equals.call(5, other), byteLengthError('5'));

// compare needs a view.
assert.strictEqual(P.compare.call(u8(), other), 0);
for (const r of [new ArrayBuffer(4), { length: 3 }, null, 'abc']) {
  assert.throws(() => P.compare.call(r, other),
                { code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a buffer' });
}

// toJSON of something without a length.
assert.deepStrictEqual(P.toJSON.call(dv()), { type: 'Buffer', data: [] });
assert.deepStrictEqual(P.toJSON.call(5), { type: 'Buffer', data: [] });
assert.deepStrictEqual(P.toJSON.call(u8()), { type: 'Buffer', data: [104, 105, 33, 0] });

// valueOf of offset arguments: as many calls as node makes.
function counted(v) {
  const o = { calls: 0, valueOf() { o.calls++; return v; } };
  return o;
}
const buf = Buffer.from('hello');
const cases = [
  [(c) => buf.indexOf(108, c), 2, 3],
  [(c) => buf.lastIndexOf('l', c), 2, 3],
  [(c) => buf.lastIndexOf('l', c), 2 ** 40, 1],
  [(c) => buf.toString('utf8', c), 1, 3],
  [(c) => buf.toString('utf8', c), 0, 1],
  [(c) => buf.toString('utf8', c), 9, 2],
  [(c) => buf.toString('utf8', 0, c), 3, 2],
  [(c) => Buffer.alloc(16).writeBigInt64LE(c, 0), 1n, 4],
  [(c) => P.fill.call(dv(), c), 1, 1],
  [(c) => P.toString.call(u8(), 'hex', c), 1, 3],
];
for (const [fn, value, calls] of cases) {
  const c = counted(value);
  try { fn(c); } catch { /* only the count matters */ }
  assert.strictEqual(c.calls, calls, `${fn} with ${value}`);
}

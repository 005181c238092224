'use strict';
// postMessage copies with structured clone semantics at post time.
const assert = require('assert');

const { port1, port2 } = new MessageChannel();
const date = new Date(1e12);
const shared = { s: 1 };
const original = {
  n: 1, s: 'str', big: 10n, u: undefined, nul: null, nan: NaN,
  arr: [1, , 3], date, re: /ab+c/gi,
  map: new Map([[1, { a: 1 }]]), set: new Set(['x']),
  u8: new Uint8Array([1, 2, 3]),
  err: new RangeError('bad'),
  a: shared, b: shared,
};
original.self = original;
port1.postMessage(original);
original.n = 2;  // changes after posting are not seen

const seen = [];
port2.on('message', (v) => {
  seen.push(v);
  if (seen.length === 1) {
    assert.notStrictEqual(v, original);
    assert.strictEqual(v.n, 1);
    assert.strictEqual(v.s, 'str');
    assert.strictEqual(v.big, 10n);
    assert.ok('u' in v);
    assert.strictEqual(v.nul, null);
    assert.ok(Number.isNaN(v.nan));
    assert.strictEqual(v.arr.length, 3);
    assert.ok(!(1 in v.arr));
    assert.ok(v.date instanceof Date);
    assert.notStrictEqual(v.date, date);
    assert.strictEqual(v.date.getTime(), 1e12);
    assert.strictEqual(v.re.source, 'ab+c');
    assert.strictEqual(v.re.flags, 'gi');
    assert.deepStrictEqual(v.map.get(1), { a: 1 });
    assert.ok(v.set.has('x'));
    assert.deepStrictEqual([...v.u8], [1, 2, 3]);
    assert.ok(v.err instanceof RangeError);
    assert.strictEqual(v.err.message, 'bad');
    assert.strictEqual(v.self, v);
    assert.strictEqual(v.a, v.b);
  } else {
    assert.strictEqual(v, 'last');
    port2.close();
  }
});

for (const bad of [() => {}, Symbol('s'), { f() {} }, [Symbol.iterator]]) {
  assert.throws(() => port1.postMessage(bad), (err) => {
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    assert.ok(err instanceof DOMException);
    assert.match(err.message, /could not be cloned\.$/);
    return true;
  });
}
assert.throws(() => port1.postMessage(() => 1), { message: '() => 1 could not be cloned.' });
assert.throws(() => port1.postMessage({ a: Symbol('x') }),
              { message: 'Symbol(x) could not be cloned.' });
port1.postMessage('last');

process.on('exit', () => assert.strictEqual(seen.length, 2));

'use strict';
// run/exit/getStore/enterWith/disable/bind/snapshot semantics.
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');
const common = require('../../common');

const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
assert.strictEqual(a.getStore(), undefined);

// run returns the callback's value, passes arguments, restores afterwards.
assert.strictEqual(a.run(1, (x, y) => x + y + a.getStore(), 2, 3), 6);
assert.strictEqual(a.getStore(), undefined);

// Nested runs and independent instances.
a.run('outer', () => {
  b.run('b', () => {
    assert.strictEqual(a.getStore(), 'outer');
    a.run('inner', () => {
      assert.strictEqual(a.getStore(), 'inner');
      assert.strictEqual(b.getStore(), 'b');
    });
    assert.strictEqual(a.getStore(), 'outer');
  });
  assert.strictEqual(b.getStore(), undefined);
});

// A throwing callback still restores the outer store.
a.run('keep', () => {
  assert.throws(() => a.run('x', () => { throw new Error('boom'); }), /boom/);
  assert.strictEqual(a.getStore(), 'keep');
});

// exit hides the store for the callback and what it schedules.
a.run('s', () => {
  a.exit(() => {
    assert.strictEqual(a.getStore(), undefined);
    setTimeout(common.mustCall(() => assert.strictEqual(a.getStore(), undefined)), 1);
  });
  assert.strictEqual(a.getStore(), 's');
});

// bind and snapshot capture the current store.
let bound;
let snap;
a.run('captured', () => {
  bound = AsyncLocalStorage.bind(() => a.getStore());
  snap = AsyncLocalStorage.snapshot();
});
assert.strictEqual(bound(), 'captured');
assert.strictEqual(snap(() => a.getStore()), 'captured');
assert.strictEqual(snap((x) => x * 2, 21), 42);
assert.strictEqual(a.getStore(), undefined);

// disable: getStore is undefined until run/enterWith again.
a.run('d', () => {
  a.disable();
  assert.strictEqual(a.getStore(), undefined);
  a.run('again', () => assert.strictEqual(a.getStore(), 'again'));
});

// enterWith lasts for the rest of this synchronous execution and what it
// schedules.
setImmediate(common.mustCall(() => {
  a.enterWith('entered');
  assert.strictEqual(a.getStore(), 'entered');
  Promise.resolve().then(common.mustCall(() => assert.strictEqual(a.getStore(), 'entered')));
  setImmediate(common.mustCall(() => {
    // A different callback from the loop starts without it.
    assert.strictEqual(b.getStore(), undefined);
  }));
}));

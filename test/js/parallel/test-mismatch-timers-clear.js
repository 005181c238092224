'use strict';
// clearTimeout/clearInterval/clearImmediate with values that are not the
// matching timer object: ids, primitives, plain objects, the other kind.
const assert = require('assert');

const fired = [];

// Nothing to clear: no throw.
for (const fn of [clearTimeout, clearInterval, clearImmediate]) {
  for (const v of [undefined, null, 0, '', NaN, false]) fn(v);
}
for (const fn of [clearTimeout, clearInterval]) {
  for (const v of [1, -1, 'abc', true, Symbol('s'), 1n, {}, [], () => {}]) fn(v);
}

// clearImmediate treats any truthy value as an Immediate: primitives throw.
for (const v of [1, 'abc', true, Symbol('s'), 1n]) {
  assert.throws(() => clearImmediate(v), {
    name: 'TypeError',
    message: `Cannot create property '_destroyed' on ${typeof v} '${String(v)}'`,
  });
}

// ... and objects get the cleared-Immediate fields.
const fake = { _onImmediate() {} };
clearImmediate(fake);
assert.deepStrictEqual(Object.keys(fake),
                       ['_onImmediate', '_destroyed', '_idleNext', '_idlePrev']);
assert.strictEqual(fake._onImmediate, null);
assert.strictEqual(fake._destroyed, true);
const done = { _destroyed: true };
clearImmediate(done);
assert.deepStrictEqual(Object.keys(done), ['_destroyed']);

// A Timeout passed to clearImmediate does not fire.
const t = setTimeout(() => fired.push('cleared-by-clearImmediate'), 1);
clearImmediate(t);
assert.strictEqual(t._destroyed, true);
assert.strictEqual(t.hasRef(), null);

// Timer ids (Symbol.toPrimitive) clear the timer, as numbers or strings.
const a = setTimeout(() => fired.push('a'), 1);
clearTimeout(+a);
const b = setTimeout(() => fired.push('b'), 1);
clearTimeout(String(+b));
const c = setInterval(() => fired.push('c'), 1);
clearInterval(`${c}`);
const d = setTimeout(() => fired.push('d'), 1);
clearInterval(+d);
// Objects converting to the id do not.
const e = setTimeout(() => fired.push('e'), 1);
const eid = +e;
clearTimeout({ [Symbol.toPrimitive]() { return eid; } });
const f = setTimeout(() => fired.push('f'), 1);
clearTimeout(new Number(+f));
// Neither does a string that is not exactly the id.
const g = setTimeout(() => fired.push('g'), 1);
clearTimeout(` ${+g}`);
// clearImmediate does not take a timer id. (No setImmediate in this file:
// Node's clearImmediate miscounts pending immediates for non-Immediates.)
const h = setTimeout(() => fired.push('h'), 1);
assert.throws(() => clearImmediate(+h), TypeError);

// clearTimeout/clearInterval do not cancel an Immediate: see
// test-mismatch-timers-clear-immediate.js.

// A plain object with _onTimeout is "cleared" (fields reset) without a throw.
const fakeT = { _onTimeout() {}, _idleTimeout: 1 };
clearTimeout(fakeT);
assert.strictEqual(fakeT._onTimeout, null);
assert.strictEqual(fakeT._destroyed, true);
assert.strictEqual(fakeT._idleTimeout, -1);

setTimeout(() => {
  fired.sort();
  assert.deepStrictEqual(fired, ['e', 'f', 'g', 'h']);
}, 30);

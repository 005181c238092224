'use strict';
// Extra arguments reach the callbacks; `this` is the Timeout / Immediate.
const assert = require('node:assert');
const { setTimeout, setInterval, clearInterval, setImmediate } = require('node:timers');

const seen = [];
const t = setTimeout(function(...args) {
  assert.strictEqual(this, t);
  seen.push(['t', args]);
}, 1, 'a', 2, undefined, null, 5, 6);
setTimeout(function() { seen.push(['t0', arguments.length]); }, 1);
const iv = setInterval(function(x, y) {
  assert.strictEqual(this, iv);
  seen.push(['i', [x, y]]);
  clearInterval(iv);
}, 1, 'x', 'y');
const im = setImmediate(function(...args) {
  assert.strictEqual(this, im);
  seen.push(['im', args]);
}, 1, 2, 3, 4);
assert.deepStrictEqual(t._timerArgs, ['a', 2, undefined, null, 5, 6]);
assert.deepStrictEqual(im._argv, [1, 2, 3, 4]);
assert.strictEqual(typeof im._onImmediate, 'function');
assert.strictEqual(typeof t._onTimeout, 'function');

process.on('exit', () => {
  const byKey = Object.fromEntries(seen);
  assert.deepStrictEqual(byKey.t, ['a', 2, undefined, null, 5, 6]);
  assert.strictEqual(byKey.t0, 0);
  assert.deepStrictEqual(byKey.i, ['x', 'y']);
  assert.deepStrictEqual(byKey.im, [1, 2, 3, 4]);
});

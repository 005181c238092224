'use strict';
// Shape of Timeout objects that packages read: _idleTimeout, _onTimeout,
// _repeat, _destroyed, _idleStart; close() clears and returns the timer.
const assert = require('node:assert');
const { setTimeout, setInterval, clearInterval } = require('node:timers');

const fn = () => assert.fail('closed timer ran');
const t = setTimeout(fn, 25);
assert.strictEqual(t._idleTimeout, 25);
assert.strictEqual(t._onTimeout, fn);
assert.strictEqual(t._repeat, null);
assert.strictEqual(t._destroyed, false);
assert.strictEqual(typeof t._idleStart, 'number');
assert.strictEqual(t.constructor.name, 'Timeout');
assert.strictEqual(t.close(), t);
assert.strictEqual(t._destroyed, true);
assert.strictEqual(t._onTimeout, null);
assert.strictEqual(t._idleTimeout, -1);

const iv = setInterval(() => {}, 7);
assert.strictEqual(iv._repeat, 7);
clearInterval(iv);

let doneState;
const d = setTimeout(() => {
  doneState = d._destroyed;
}, 1);
setTimeout(() => {
  assert.strictEqual(doneState, false); // not destroyed while running
  assert.strictEqual(d._destroyed, true); // destroyed once done
  assert.strictEqual(typeof d._onTimeout, 'function'); // kept, for refresh()
  assert.strictEqual(d.close(), d);
}, 20);

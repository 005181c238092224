'use strict';
// timeout.refresh() restarts the countdown, revives a fired timer, does
// nothing for a cleared one, and returns the timer.
const assert = require('node:assert');
const { setTimeout, clearTimeout } = require('node:timers');

const start = Date.now();
let fired = 0;
const t = setTimeout(() => {
  fired++;
  // Refreshed three times 20ms apart, so at least ~60ms + 40ms passed.
  assert.ok(Date.now() - start >= 90, `fired too early: ${Date.now() - start}`);
  if (fired === 1) {
    assert.strictEqual(t.refresh(), t); // fired timers come back
  }
}, 40);
let refreshes = 0;
const r = setTimeout(function again() {
  t.refresh();
  if (++refreshes < 3) setTimeout(again, 20);
}, 20);
assert.strictEqual(typeof r.refresh, 'function');

let clearedFired = false;
const c = setTimeout(() => { clearedFired = true; }, 5);
clearTimeout(c);
assert.strictEqual(c.refresh(), c);
assert.strictEqual(c._destroyed, true);

process.on('exit', () => {
  assert.strictEqual(fired, 2);
  assert.strictEqual(clearedFired, false);
});

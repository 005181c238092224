'use strict';
// An interval keeps firing until clearInterval is called from inside its own
// callback; it is then never called again.
const assert = require('node:assert');
const { setInterval, clearInterval, setTimeout } = require('node:timers');

let count = 0;
const iv = setInterval(function() {
  assert.strictEqual(this, iv);
  count++;
  if (count === 5) {
    clearInterval(iv);
    assert.strictEqual(iv._destroyed, true);
  }
  assert.ok(count <= 5);
}, 2);
assert.strictEqual(iv._repeat, 2);
assert.strictEqual(iv._idleTimeout, 2);

setTimeout(() => assert.strictEqual(count, 5), 100);

// clearTimeout works on an interval from inside as well.
let count2 = 0;
const iv2 = setInterval(() => { if (++count2 === 2) clearTimeout(iv2); }, 1);

process.on('exit', () => {
  assert.strictEqual(count, 5);
  assert.strictEqual(count2, 2);
});

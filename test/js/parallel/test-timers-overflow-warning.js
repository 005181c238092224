'use strict';
// Delays above 2^31-1 become 1ms with a TimeoutOverflowWarning.
const assert = require('node:assert');
const { setTimeout, setInterval, clearInterval } = require('node:timers');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

const start = Date.now();
let fired = false;
const t = setTimeout(() => { fired = true; }, 2 ** 31);
assert.strictEqual(t._idleTimeout, 1);
const iv = setInterval(() => clearInterval(iv), 3e9);
assert.strictEqual(iv._idleTimeout, 1);
assert.strictEqual(iv._repeat, 1);

// The largest allowed value does not warn.
setTimeout(() => {}, 2 ** 31 - 1).unref();

setTimeout(() => {
  assert.strictEqual(fired, true);
  assert.ok(Date.now() - start < 5000);
  assert.strictEqual(warnings.length, 2);
  assert.strictEqual(warnings[0].name, 'TimeoutOverflowWarning');
  assert.strictEqual(warnings[0].message,
                     '2147483648 does not fit into a 32-bit signed integer.' +
                     '\nTimeout duration was set to 1.');
  assert.strictEqual(warnings[1].message,
                     '3000000000 does not fit into a 32-bit signed integer.' +
                     '\nTimeout duration was set to 1.');
}, 20);

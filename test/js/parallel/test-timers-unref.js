'use strict';
// An unref'd timer does not keep the process alive, but still fires while
// something else does. ref() restores the hold; hasRef() reports it.
const assert = require('node:assert');
const { setTimeout, setInterval } = require('node:timers');

const start = Date.now();
const long = setTimeout(() => assert.fail('unref timer kept the process alive'), 60000);
assert.strictEqual(long.hasRef(), true);
assert.strictEqual(long.unref(), long);
assert.strictEqual(long.hasRef(), false);

const iv = setInterval(() => assert.fail('unref interval ran'), 30000).unref();
assert.strictEqual(iv.hasRef(), false);

const tmp = setTimeout(() => {}, 1).unref();
assert.strictEqual(tmp.ref(), tmp);
assert.strictEqual(tmp.hasRef(), true);

let unrefFired = false;
setTimeout(() => { unrefFired = true; }, 5).unref();
setTimeout(() => {}, 50); // keeps the loop alive long enough

process.on('exit', () => {
  assert.strictEqual(unrefFired, true);
  assert.ok(Date.now() - start < 10000);
});

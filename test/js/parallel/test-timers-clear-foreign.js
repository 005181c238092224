'use strict';
// clearTimeout/clearInterval ignore null, undefined and values that are not
// timers; clearImmediate ignores null/undefined/falsy values.
const assert = require('node:assert');
const timers = require('node:timers');

const values = [undefined, null, 0, 1, -1, NaN, '', 'x', true, false, {}, [],
                () => {}, Symbol('s'), 10n];
for (const v of values) {
  timers.clearTimeout(v);
  timers.clearInterval(v);
  if (!v) timers.clearImmediate(v);
}
timers.clearTimeout();
timers.clearImmediate();

let ran = 0;
const imm = timers.setImmediate(() => ran++);
const to = timers.setTimeout(() => ran++, 1);
timers.clearTimeout(imm); // an Immediate is not a Timeout
assert.strictEqual(imm._destroyed, false);

setTimeout(() => {}, 0);
timers.setTimeout(() => {
  assert.strictEqual(ran, 2);
  assert.strictEqual(to._destroyed, true);
}, 20);
process.on('exit', () => assert.strictEqual(ran, 2));

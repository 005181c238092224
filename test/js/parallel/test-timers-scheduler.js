'use strict';
// timers/promises scheduler.wait / scheduler.yield, and the promisify hooks
// and `promises` getter of node:timers.
const assert = require('node:assert');
const timers = require('node:timers');
const tp = require('node:timers/promises');
const { scheduler } = tp;

assert.strictEqual(timers.promises, tp);
const custom = Symbol.for('nodejs.util.promisify.custom');
assert.strictEqual(timers.setTimeout[custom], tp.setTimeout);
assert.strictEqual(timers.setImmediate[custom], tp.setImmediate);

assert.throws(() => new scheduler.constructor(), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError', message: 'Illegal constructor',
});
assert.throws(() => scheduler.wait.call({}, 1), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Scheduler',
});
assert.throws(() => scheduler.yield.call({}), { code: 'ERR_INVALID_THIS' });

(async () => {
  const start = Date.now();
  assert.strictEqual(await scheduler.wait(20), undefined);
  assert.ok(Date.now() - start >= 15);
  assert.strictEqual(await scheduler.yield(), undefined);

  const order = [];
  const p = scheduler.yield().then(() => order.push('yield'));
  setTimeout(() => order.push('timeout'), 30);
  await p;
  assert.deepStrictEqual(order, ['yield']);

  const ac = new AbortController();
  const w = scheduler.wait(60000, { signal: ac.signal });
  ac.abort('cancel');
  await assert.rejects(w, (err) => err.name === 'AbortError' && err.cause === 'cancel');
})().then(() => {}, (err) => { console.error(err); process.exitCode = 1; });

'use strict';
// The store follows timers, immediates, intervals, ticks, microtasks,
// promise continuations and fs callbacks, and each run() is isolated.
const assert = require('assert');
const fs = require('fs');
const { AsyncLocalStorage } = require('async_hooks');
const common = require('../../common');

const als = new AsyncLocalStorage();
const seen = {};
const record = (tag) => { seen[tag] = als.getStore(); };

for (const id of [1, 2]) {
  als.run({ id }, () => {
    record(`sync${id}`);
    process.nextTick(() => record(`tick${id}`));
    queueMicrotask(() => record(`microtask${id}`));
    Promise.resolve().then(() => record(`then${id}`));
    setTimeout(() => record(`timeout${id}`), 1);
    setImmediate(() => record(`immediate${id}`));
    const iv = setInterval(() => { record(`interval${id}`); clearInterval(iv); }, 1);
    fs.stat(__filename, () => record(`stat${id}`));
    (async () => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      record(`await-timer${id}`);
      await fs.promises.readFile(__filename);
      record(`await-fs${id}`);
    })().then(common.mustCall());
  });
}
assert.strictEqual(als.getStore(), undefined);

process.on('exit', () => {
  for (const id of [1, 2]) {
    for (const tag of ['sync', 'tick', 'microtask', 'then', 'timeout', 'immediate',
                       'interval', 'stat', 'await-timer', 'await-fs']) {
      assert.deepStrictEqual(seen[`${tag}${id}`], { id }, `${tag}${id}`);
    }
  }
});

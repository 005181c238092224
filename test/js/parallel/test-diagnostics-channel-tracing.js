'use strict';
// tracingChannel: traceSync, tracePromise, traceCallback event order, plus
// bindStore/runStores with AsyncLocalStorage.
const assert = require('assert');
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');
const common = require('../../common');

const tc = dc.tracingChannel('test:trace');
assert.strictEqual(tc.start.name, 'tracing:test:trace:start');
assert.strictEqual(tc.asyncEnd.name, 'tracing:test:trace:asyncEnd');
assert.strictEqual(tc.hasSubscribers, false);
// Without subscribers the function just runs.
assert.strictEqual(tc.traceSync((a) => a + 1, {}, null, 1), 2);

const events = [];
const handlers = {
  start: (ctx) => events.push(['start', ctx.n]),
  end: (ctx) => events.push(['end', ctx.result, ctx.error && ctx.error.message]),
  asyncStart: (ctx) => events.push(['asyncStart', ctx.result]),
  asyncEnd: (ctx) => events.push(['asyncEnd']),
  error: (ctx) => events.push(['error', ctx.error.message]),
};
tc.subscribe(handlers);
assert.strictEqual(tc.hasSubscribers, true);

assert.strictEqual(tc.traceSync(function(x) { return this.k * x; }, { n: 1 }, { k: 3 }, 2), 6);
assert.throws(() => tc.traceSync(() => { throw new Error('sync fail'); }, { n: 2 }), /sync fail/);
assert.deepStrictEqual(events.splice(0), [
  ['start', 1], ['end', 6, undefined],
  ['start', 2], ['error', 'sync fail'], ['end', undefined, 'sync fail'],
]);

// With a store bound to start, the traced function sees it.
const als = new AsyncLocalStorage();
tc.start.bindStore(als, (ctx) => `store-${ctx.n}`);
assert.strictEqual(tc.traceSync(() => als.getStore(), { n: 3 }), 'store-3');
assert.strictEqual(als.getStore(), undefined);
assert.strictEqual(tc.start.unbindStore(als), true);
assert.strictEqual(tc.start.unbindStore(als), false);
events.length = 0;

(async () => {
  const p = tc.tracePromise(async (v) => v * 2, { n: 4 }, null, 21);
  assert.deepStrictEqual(events.splice(0), [['start', 4], ['end', undefined, undefined]]);
  assert.strictEqual(await p, 42);
  assert.deepStrictEqual(events.splice(0), [['asyncStart', 42], ['asyncEnd']]);

  await assert.rejects(tc.tracePromise(async () => { throw new Error('async fail'); }, { n: 5 }),
                       /async fail/);
  assert.deepStrictEqual(events.splice(0), [
    ['start', 5], ['end', undefined, undefined], ['error', 'async fail'],
    ['asyncStart', undefined], ['asyncEnd'],
  ]);

  tc.traceCallback((a, cb) => setImmediate(() => cb(null, a + 1)), 1, { n: 6 }, null, 9,
                   common.mustCall((err, res) => {
                     assert.strictEqual(err, null);
                     assert.strictEqual(res, 10);
                     assert.deepStrictEqual(events.splice(0), [
                       ['start', 6], ['end', undefined, undefined], ['asyncStart', 10],
                     ]);
                     setImmediate(common.mustCall(() => {
                       assert.deepStrictEqual(events.splice(0), [['asyncEnd']]);
                       assert.strictEqual(tc.unsubscribe(handlers), true);
                       assert.strictEqual(tc.hasSubscribers, false);
                     }));
                   }));
})().then(common.mustCall());

assert.throws(() => dc.tracingChannel(5), { code: 'ERR_INVALID_ARG_TYPE' });
const own = dc.tracingChannel({
  start: dc.channel('a1'), end: dc.channel('a2'), asyncStart: dc.channel('a3'),
  asyncEnd: dc.channel('a4'), error: dc.channel('a5'),
});
assert.strictEqual(own.end.name, 'a2');

'use strict';
// AsyncResource: ids, runInAsyncScope, bind, static bind, errors.
const assert = require('assert');
const {
  AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId,
  executionAsyncResource, createHook,
} = require('async_hooks');
const common = require('../../common');

assert.strictEqual(executionAsyncId(), 1);
assert.strictEqual(triggerAsyncId(), 0);
assert.strictEqual(typeof executionAsyncResource(), 'object');

const r = new AsyncResource('TEST');
assert.strictEqual(typeof r.asyncId(), 'number');
assert(r.asyncId() > 1);
assert.strictEqual(r.triggerAsyncId(), 1);
assert.strictEqual(new AsyncResource('X', 7).triggerAsyncId(), 7);
assert.strictEqual(new AsyncResource('X', { triggerAsyncId: 9 }).triggerAsyncId(), 9);

const ctx = { x: 1 };
assert.strictEqual(r.runInAsyncScope(function(a, b) {
  assert.strictEqual(this, ctx);
  assert.strictEqual(executionAsyncId(), r.asyncId());
  assert.strictEqual(triggerAsyncId(), 1);
  assert.strictEqual(executionAsyncResource(), r);
  return a + b;
}, ctx, 2, 3), 5);
assert.strictEqual(executionAsyncId(), 1);
assert.strictEqual(r.emitDestroy(), r);

// The store at construction is the one runInAsyncScope restores.
const als = new AsyncLocalStorage();
const res = als.run('at-construction', () => new AsyncResource('S'));
als.run('other', () => {
  res.runInAsyncScope(() => assert.strictEqual(als.getStore(), 'at-construction'));
  assert.strictEqual(als.getStore(), 'other');
});

const bound = r.bind(function(a, b) { return [this, a, b]; });
assert.strictEqual(bound.length, 2);
assert.deepStrictEqual(bound.call('t', 1, 2), ['t', 1, 2]);
const boundThis = r.bind(function() { return this; }, 'fixed');
assert.strictEqual(boundThis.call('other'), 'fixed');
const sb = AsyncResource.bind(function named(a) { return executionAsyncId(); });
assert.strictEqual(sb.length, 1);
assert.notStrictEqual(sb(), 1);

assert.throws(() => new AsyncResource(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new AsyncResource('X', { triggerAsyncId: -2 }),
              { code: 'ERR_INVALID_ASYNC_ID', name: 'RangeError' });
assert.throws(() => r.bind(5), { code: 'ERR_INVALID_ARG_TYPE' });

// createHook validates its callbacks. eddy cannot enable hooks and says so.
assert.throws(() => createHook({ init: 5 }), { code: 'ERR_ASYNC_CALLBACK' });
const hook = createHook({ init() {} });
if (common.isEddy) {
  assert.throws(() => hook.enable(), { code: 'ERR_NOT_IMPLEMENTED' });
} else {
  hook.enable().disable();
}
assert.strictEqual(hook.disable(), hook);

// Timer callbacks run with their own ids.
const t = setTimeout(common.mustCall(() => {
  assert.strictEqual(executionAsyncResource(), t);
  assert.strictEqual(triggerAsyncId(), 1);
  assert.notStrictEqual(executionAsyncId(), 1);
}), 1);

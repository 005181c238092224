// AsyncResource and AsyncLocalStorage objects as inspected, ids in scopes
// and timers, errors.
'use strict';
const { AsyncResource, AsyncLocalStorage, executionAsyncId, triggerAsyncId,
        executionAsyncResource, asyncWrapProviders } = require('async_hooks');
const r = new AsyncResource('X');
console.log(r, executionAsyncId(), triggerAsyncId(), executionAsyncResource());
r.runInAsyncScope(function (a) {
  console.log('scope', executionAsyncId() === r.asyncId(), triggerAsyncId(),
              executionAsyncResource() === r, this, a);
}, { x: 1 }, 5);
const als = new AsyncLocalStorage();
console.log(als);
const t = setTimeout(() => {
  console.log('timer', executionAsyncResource() === t, triggerAsyncId());
}, 1);
for (const args of [[5], ['x', { triggerAsyncId: -2 }], ['x', 1.5]]) {
  try { new AsyncResource(...args); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { r.bind(5); } catch (e) { console.log(e.code, e.message); }
console.log(Object.keys(asyncWrapProviders).length, asyncWrapProviders.TCPWRAP);

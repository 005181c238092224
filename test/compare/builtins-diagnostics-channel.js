// diagnostics_channel: channels, tracing channel event order with a bound
// AsyncLocalStorage store, and errors.
'use strict';
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

const c = dc.channel('cmp');
console.log(c, c.hasSubscribers, dc.hasSubscribers('cmp'));
const sub = (msg, name) => console.log('got', msg, name);
c.subscribe(sub);
console.log(c, c.hasSubscribers, dc.hasSubscribers('cmp'));
c.publish({ hello: 'world' });
console.log(c.unsubscribe(sub), c.unsubscribe(sub), c.hasSubscribers);

const t = dc.tracingChannel('cmp');
console.log(Object.keys(t), t.start.name, t.error.name, t.hasSubscribers);
const als = new AsyncLocalStorage();
t.start.bindStore(als, (ctx) => ({ traced: ctx.op }));
t.subscribe({
  start(ctx) { console.log('start', ctx.op); },
  end(ctx) { console.log('end', ctx.op, ctx.result, ctx.error && ctx.error.message); },
  asyncStart(ctx) { console.log('asyncStart', ctx.op, als.getStore()); },
  asyncEnd(ctx) { console.log('asyncEnd', ctx.op); },
  error(ctx) { console.log('error', ctx.op, ctx.error.message); },
});
console.log('sync result', t.traceSync(() => als.getStore(), { op: 'sync' }));
try {
  t.traceSync(() => { throw new Error('bad'); }, { op: 'throws' });
} catch (e) {
  console.log('caught', e.message);
}
t.tracePromise(async () => als.getStore(), { op: 'promise' }).then((v) => {
  console.log('promise result', v);
  t.traceCallback((cb) => setTimeout(() => cb(null, als.getStore()), 1), 0, { op: 'cb' }, null,
                  (err, v2) => console.log('callback', err, v2, als.getStore()));
});
for (const bad of [1, null]) {
  try { dc.channel(bad); } catch (e) { console.log(e.code, e.message); }
}
try { c.subscribe(1); } catch (e) { console.log(e.code, e.message); }
try { dc.tracingChannel(1); } catch (e) { console.log(e.code, e.message); }

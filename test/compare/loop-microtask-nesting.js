// Deep interleavings of nextTick, promise reactions and queueMicrotask: the
// tick queue drains fully before microtasks, and again after each drain.
'use strict';
const out = [];
const log = (s) => out.push(s);
process.nextTick(() => {
  log('t1');
  queueMicrotask(() => {
    log('t1.m1');
    process.nextTick(() => log('t1.m1.t1'));
    queueMicrotask(() => log('t1.m1.m1'));
  });
  process.nextTick(() => {
    log('t1.t1');
    Promise.resolve().then(() => log('t1.t1.p1'));
  });
});
Promise.resolve().then(() => {
  log('p1');
  process.nextTick(() => {
    log('p1.t1');
    process.nextTick(() => log('p1.t1.t1'));
    Promise.resolve().then(() => log('p1.t1.p1'));
  });
}).then(() => log('p1 chained'));
queueMicrotask(() => {
  log('m1');
  Promise.reject(new Error('x')).catch(() => log('m1 catch'));
});
Promise.resolve().then(() => log('p2'));
process.nextTick(() => log('t2'));
process.nextTick((a, b) => log(`t3 args ${a} ${b}`), 'x', 7);
log('sync end');
setImmediate(() => console.log(out.join('\n')));

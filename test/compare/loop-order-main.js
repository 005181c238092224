// Order of sync code, nextTick, promise jobs, timers and immediates from the
// main script (setTimeout(0) against setImmediate is left out: in the main
// script it depends on timing, in node too).
'use strict';
const log = [];
const out = (s) => log.push(s);
out('sync 1');
setTimeout(() => {
  out('timeout 1');
  process.nextTick(() => out('tick in timeout 1'));
  Promise.resolve().then(() => out('promise in timeout 1'));
}, 100);
setTimeout(() => out('timeout 2'), 100);
setImmediate(() => {
  out('immediate 1');
  process.nextTick(() => out('tick in immediate 1'));
});
setImmediate(() => out('immediate 2'));
process.nextTick(() => {
  out('tick 1');
  Promise.resolve().then(() => out('promise in tick 1'));
  process.nextTick(() => out('tick in tick 1'));
});
Promise.resolve().then(() => {
  out('promise 1');
  process.nextTick(() => out('tick in promise 1'));
  Promise.resolve().then(() => out('promise in promise 1'));
});
queueMicrotask(() => out('microtask 1'));
process.nextTick(() => out('tick 2'));
(async () => {
  out('async start');
  await null;
  out('after await 1');
  await null;
  out('after await 2');
})();
out('sync 2');
process.on('exit', () => console.log(log.join('\n')));

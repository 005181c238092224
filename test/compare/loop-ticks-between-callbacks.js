// Ticks and microtasks queued by one timer / immediate callback run before
// the next callback of the same phase (node >= 11 semantics).
'use strict';
const out = [];
const log = (s) => out.push(s);
setTimeout(() => {
  for (const n of [1, 2, 3]) {
    setImmediate(() => {
      log(`immediate ${n}`);
      process.nextTick(() => log(`  tick from immediate ${n}`));
      Promise.resolve().then(() => log(`  promise from immediate ${n}`));
      queueMicrotask(() => log(`  microtask from immediate ${n}`));
    });
  }
  for (const n of [1, 2, 3]) {
    setTimeout(() => {
      log(`timeout ${n}`);
      Promise.resolve().then(() => {
        log(`  promise from timeout ${n}`);
        process.nextTick(() => log(`  tick from promise from timeout ${n}`));
      });
      process.nextTick(() => log(`  tick from timeout ${n}`));
    }, 20);
  }
}, 1);
process.on('exit', () => console.log(out.join('\n')));

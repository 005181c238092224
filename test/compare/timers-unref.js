// Unref'd timers, intervals and immediates do not keep the loop alive; they
// still fire while a ref'd timer keeps it running; unref then ref restores.
'use strict';
const fired = {};
const mark = (s) => { fired[s] = (fired[s] || 0) + 1; };
setTimeout(() => mark('never: unref timeout 300'), 300).unref();
setInterval(() => mark('never: unref interval 400'), 400).unref();
const fast = setInterval(() => {
  mark('unref interval 5 (cleared after 2)');
  if (fired['unref interval 5 (cleared after 2)'] === 2) clearInterval(fast);
}, 5).unref();
setTimeout(() => mark('unref timeout 10'), 10).unref();
// A ref'd interval keeps the loop alive until the unref'd work has fired.
const keepAlive = setInterval(() => {
  if (fired['unref interval 5 (cleared after 2)'] === 2 && fired['unref timeout 10'] && fired['unref immediate']) {
    mark('keep-alive interval stops');
    clearInterval(keepAlive);
  }
}, 5);
const im = setImmediate(() => mark('unref immediate'));
console.log(`immediate hasRef ${im.hasRef()} -> ${im.unref().hasRef()}`);
const back = setTimeout(() => mark('re-ref timeout 70'), 70);
back.unref();
back.ref();
process.on('beforeExit', () => mark('beforeExit'));
process.on('exit', () => {
  for (const k of Object.keys(fired).sort()) console.log(k, fired[k]);
});

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
setTimeout(() => mark('ref timeout 60'), 60);
const im = setImmediate(() => mark('unref immediate'));
console.log(`immediate hasRef ${im.hasRef()} -> ${im.unref().hasRef()}`);
const back = setTimeout(() => mark('re-ref timeout 70'), 70);
back.unref();
back.ref();
process.on('beforeExit', () => mark('beforeExit'));
process.on('exit', () => {
  for (const k of Object.keys(fired).sort()) console.log(k, fired[k]);
});

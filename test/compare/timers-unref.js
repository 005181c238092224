// Unref'd timers, intervals and immediates do not keep the loop alive; they
// still fire while something else keeps it running.
'use strict';
const out = [];
const log = (s) => out.push(s);
setTimeout(() => log('never: unref timeout 200'), 200).unref();
setInterval(() => log('never: unref interval 300'), 300).unref();
const fast = setInterval(() => {
  log('unref interval 5 fired while loop alive');
  clearInterval(fast);
}, 5).unref();
setTimeout(() => log('unref timeout 10 fired while loop alive'), 10).unref();
setTimeout(() => log('ref timeout 40 keeps the loop alive'), 40);
const im = setImmediate(() => log('unref immediate runs while loop alive'));
log(`immediate hasRef ${im.hasRef()} -> ${im.unref().hasRef()}`);
// Unref then ref again: keeps the loop alive.
const back = setTimeout(() => log('re-ref timeout 50 fired'), 50);
back.unref();
back.ref();
process.on('beforeExit', () => log('beforeExit'));
process.on('exit', () => console.log(out.join('\n')));

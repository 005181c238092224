// Recursive nextTicks and promise chains run to completion before any timer
// or immediate; immediates that re-queue themselves do not starve timers.
'use strict';
let ticks = 0;
let promises = 0;
let immediates = 0;
let timerSawTicks = -1;
function tick() { if (++ticks < 2000) process.nextTick(tick); }
function chain() { if (++promises < 2000) return Promise.resolve().then(chain); }
tick();
chain();
setImmediate(function again() {
  immediates++;
  if (timerSawTicks === -1) setImmediate(again);
});
setTimeout(() => {
  timerSawTicks = ticks;
  console.log('timer: ticks done', ticks, 'promises done', promises);
}, 10);
process.on('exit', () => console.log('immediate loop stopped after the timer:', timerSawTicks === 2000));

// bench: metric=ops+wall
//
// 1e5 setTimeout(fn, 0) scheduled at once from one synchronous loop, then all
// fired. Measures timer creation (allocation + insertion into the timer
// list/heap for a single duration) and expiry dispatch of a large batch.
// Timing runs from the first setTimeout call to the last callback, so it
// includes the 1 ms minimum delay; at 1e5 timers that is small next to the
// work itself. Callbacks must fire in scheduling order.
// Prints `ops/s: N` (timers scheduled+fired per second).
'use strict';
const N = 1e5;
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

let fired = 0;
let ordered = true;
let start;
function make(i) {
  return function onTimeout() {
    if (fired !== i) ordered = false;
    if (++fired === N) {
      const ms = now() - start;
      console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);
    }
  };
}
// Build the callbacks first so closure allocation is not timed.
const fns = new Array(N);
for (let i = 0; i < N; i++) fns[i] = make(i);

start = now();
for (let i = 0; i < N; i++) setTimeout(fns[i], 0);

process.on('exit', () => {
  if (fired !== N || !ordered) {
    console.error(`timeout-burst: fired ${fired} of ${N}, in order: ${ordered}`);
    process.exitCode = 1;
  }
});

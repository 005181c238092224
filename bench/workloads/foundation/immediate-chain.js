// bench: metric=ops+wall
//
// 1e6 chained setImmediate: every callback schedules the next one, so each
// operation is one full event-loop turn (an immediate queued during the check
// phase runs in the next iteration). Measures per-iteration loop overhead plus
// the immediate queue's enqueue/dispatch cost at depth 1.
// Prints `ops/s: N` (immediates per second), timed inside the script so
// engine start-up is excluded.
'use strict';
const N = 1e6;
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

let count = 0;
const start = now();
function tick() {
  if (++count < N) {
    setImmediate(tick);
    return;
  }
  const ms = now() - start;
  console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);
}
setImmediate(tick);
process.on('exit', () => {
  if (count !== N) {
    console.error(`immediate-chain: ran ${count} of ${N} callbacks`);
    process.exitCode = 1;
  }
});

// bench: metric=ops+wall
//
// 1e6 process.nextTick callbacks queued in one synchronous burst, then drained.
//
// Batched rather than chained on purpose: a chain (each tick queues the next)
// keeps the queue at depth 1, so even an O(n)-per-dequeue queue (say, a plain
// array with shift()) would look fast, and it mostly repeats what
// immediate-chain measures. A burst drives the queue to 1e6 entries and then
// empties it, so it measures the cost that matters for queue throughput:
// enqueue with growth, dequeue at depth, and the drain loop's per-callback
// dispatch. Callbacks must run in FIFO order and receive their argument.
// Prints `ops/s: N` (callbacks queued+run per second).
'use strict';
const N = 1e6;
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

let ran = 0;
let ordered = true;
let start;
function cb(i) {
  if (i !== ran) ordered = false;
  if (++ran === N) {
    const ms = now() - start;
    console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);
  }
}

start = now();
for (let i = 0; i < N; i++) process.nextTick(cb, i);

process.on('exit', () => {
  if (ran !== N || !ordered) {
    console.error(`nexttick: ran ${ran} of ${N}, in order: ${ordered}`);
    process.exitCode = 1;
  }
});

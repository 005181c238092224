// bench: metric=ops+wall
//
// 1e6 promise reaction jobs: 1000 independent chains, each re-arming itself
// 1000 times with `resolved.then(step)` on an already-resolved promise (exactly
// one job per .then). The job queue therefore holds ~1000 entries the whole
// time and is appended to while it drains, which is the shape real async code
// produces; it measures the engine's job queue plus the runtime's microtask
// checkpoint, without a 1e6-promise allocation spike up front.
// Prints `ops/s: N` (promise jobs per second).
'use strict';
const CHAINS = 1000;
const STEPS = 1000;
const N = CHAINS * STEPS;
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const resolved = Promise.resolve();
let jobs = 0;
let start;
function step() {
  if (++jobs === N) {
    const ms = now() - start;
    console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);
    return;
  }
  if (jobs <= N - CHAINS) resolved.then(step);
}

start = now();
for (let c = 0; c < CHAINS; c++) resolved.then(step);

process.on('exit', () => {
  if (jobs !== N) {
    console.error(`promise-jobs: ran ${jobs} of ${N} jobs`);
    process.exitCode = 1;
  }
});

// bench: metric=watch-latency+wall, runs=5, timeout=60
//
// fs.watch delivery latency (eddy issue 5, target 4).
//
// A file in a fresh directory under os.tmpdir() is watched with fs.watch;
// 20 times, the file is rewritten with fs.writeFileSync and the time from
// just before that call to the first 'change' callback that follows is
// taken. watch-latency is the median of the 20, in ms (lower is better).
// After each change the workload waits 30 ms (so any further events the same
// write caused are drained) before the next one. A change that has not
// arrived within 2 s fails the run; so does a callback with the wrong
// event type or filename.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROUNDS = 20;
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-bench-fs-watch-'));
const file = path.join(dir, 'watched.txt');
fs.writeFileSync(file, 'start');

function fail(msg) {
  try { fs.rmSync(dir, { recursive: true, force: true }); } catch {}
  console.error(msg);
  process.exit(1);
}

const samples = [];
let waiting = false;
let t0 = 0;
let timer = null;

const watcher = fs.watch(file, (eventType, filename) => {
  if (filename !== 'watched.txt') fail(`bad filename ${filename}`);
  if (eventType !== 'change' && eventType !== 'rename') fail(`bad event ${eventType}`);
  if (!waiting || eventType !== 'change') return;
  waiting = false;
  samples.push(now() - t0);
  clearTimeout(timer);
  setTimeout(next, 30);
});

let round = 0;
function next() {
  if (round === ROUNDS) return finish();
  round++;
  waiting = true;
  timer = setTimeout(() => fail(`change ${round} not delivered within 2 s`), 2000);
  t0 = now();
  fs.writeFileSync(file, `round ${round}`);
}

function finish() {
  watcher.close();
  samples.sort((a, b) => a - b);
  const mid = samples.length >> 1;
  const median = samples.length % 2 ? samples[mid] : (samples[mid - 1] + samples[mid]) / 2;
  console.log(JSON.stringify({
    metric: 'watch-latency', value: Number(median.toFixed(3)), unit: 'ms', better: 'lower',
  }));
  fs.rmSync(dir, { recursive: true, force: true });
}

// Let the watcher settle before the first change.
setTimeout(next, 50);

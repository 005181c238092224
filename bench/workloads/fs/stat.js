// bench: metric=statsync+existssync+wall, runs=5, timeout=60
//
// node:fs synchronous metadata calls (eddy issue 5, target 3).
//
// - statsync: 100,000 fs.statSync calls (ops/s) cycling over 100 files
//   (in a fresh directory under os.tmpdir()), checking each result's size
//   and isFile().
// - existssync: 100,000 fs.existsSync calls (ops/s), alternating a file that
//   exists and one that does not (the shape of "is there a config file"
//   probing), checking every answer.
//
// One untimed warm-up pass of 2,000 calls each runs first.
//
// os.tmpdir() follows TMPDIR. Where /tmp is a disk file system (ext4 on the
// bench machine) file creation and write-back dominate and swamp the
// runtime's share; `TMPDIR=/dev/shm python3 bench/run.py --filter fs/`
// measures the runtime on tmpfs.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const N = 100000;
const FILES = 100;
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-bench-fs-stat-'));
const names = [];
const missing = [];
for (let i = 0; i < FILES; i++) {
  const p = path.join(dir, `file-${i}.txt`);
  fs.writeFileSync(p, 'y'.repeat(i + 1));
  names.push(p);
  missing.push(path.join(dir, `missing-${i}.txt`));
}

function fail(msg) {
  try { fs.rmSync(dir, { recursive: true, force: true }); } catch {}
  console.error(msg);
  process.exit(1);
}

function metric(name, value) {
  console.log(JSON.stringify({ metric: name, value, unit: 'ops/s', better: 'higher' }));
}

function statLoop(n) {
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const k = i % FILES;
    const st = fs.statSync(names[k]);
    if (st.size !== k + 1 || !st.isFile()) bad++;
  }
  if (bad) fail(`statSync: ${bad} wrong results`);
}

function existsLoop(n) {
  let yes = 0;
  for (let i = 0; i < n; i++) {
    const k = i % FILES;
    if ((i & 1) === 0) {
      if (fs.existsSync(names[k])) yes++;
      else fail(`existsSync(${names[k]}) is false`);
    } else if (fs.existsSync(missing[k])) {
      fail(`existsSync(${missing[k]}) is true`);
    }
  }
  if (yes !== Math.ceil(n / 2)) fail('existsSync: wrong count');
}

statLoop(2000);
existsLoop(2000);

let t0 = now();
statLoop(N);
const statMs = now() - t0;

t0 = now();
existsLoop(N);
const existsMs = now() - t0;

metric('statsync', Math.round(N / (statMs / 1e3)));
metric('existssync', Math.round(N / (existsMs / 1e3)));
fs.rmSync(dir, { recursive: true, force: true });

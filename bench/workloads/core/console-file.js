// bench: metric=ops+wall
//
// console.log of 100,000 short lines with stdout redirected to a file: the
// workload re-runs itself as a child with stdout opened on a temporary file
// (so the runtime sees a regular file, as with `app.js > out.log`) and times
// the child from spawn to exit. One op is one line; the file must hold every
// line in order afterwards.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const N = 100000;
if (process.argv[2] === 'child') {
  for (let i = 0; i < N; i++) console.log('line', i, 'of the log');
  return;
}

const file = path.join(os.tmpdir(), `eddy-console-file-${process.pid}.log`);
const fd = fs.openSync(file, 'w');
const start = process.hrtime.bigint();
const r = spawnSync(process.execPath, [__filename, 'child'], { stdio: ['ignore', fd, 'inherit'] });
const ms = Number(process.hrtime.bigint() - start) / 1e6;
fs.closeSync(fd);
const text = fs.readFileSync(file, 'latin1');
fs.unlinkSync(file);
const lines = text.split('\n');
if (r.status !== 0 || lines.length !== N + 1 || lines[N - 1] !== `line ${N - 1} of the log`) {
  console.error(`console-file: child status ${r.status}, ${lines.length - 1} lines`);
  process.exit(1);
}
console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);

// bench: metric=ops+wall+async-small-ops+readfile-64mib+readfile-64mib-async, runs=10, timeout=120
//
// node:fs throughput on the paths programs hit most.
//
// - ops/s: writeFileSync then readFileSync of 1,000 small files (1 KiB,
//   UTF-8 text), 2,000 operations: the per-call cost of the sync path
//   (open + write/read + close in one call each).
// - async-small-ops: the same 2,000 operations with the callback API, all
//   1,000 files in flight at once: the thread-pool round trip.
// - readfile-64mib: readFileSync of a 64 MiB file into a Buffer, in ms
//   (lower is better): the bulk read path.
// - readfile-64mib-async: fs.promises.readFile of the same file, in ms.
//
// Every file's contents are checked, so a broken runtime fails instead of
// printing a number. Files live in a fresh directory under os.tmpdir(),
// removed at the end.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const N = 1000;
const BIG = 64 * 1024 * 1024;
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-bench-fs-'));
const body = 'x'.repeat(1000);
const names = [];
for (let i = 0; i < N; i++) names.push(path.join(dir, `f${i}.txt`));

function fail(msg) {
  fs.rmSync(dir, { recursive: true, force: true });
  console.error(msg);
  process.exit(1);
}

function metric(name, value, unit, better) {
  console.log(JSON.stringify({ metric: name, value, unit, better }));
}

// --- sync small files ---
let start = now();
for (let i = 0; i < N; i++) fs.writeFileSync(names[i], `${i}:${body}`);
for (let i = 0; i < N; i++) {
  const text = fs.readFileSync(names[i], 'utf8');
  if (!text.startsWith(`${i}:`) || text.length !== body.length + `${i}:`.length) {
    fail(`bad contents in ${names[i]}`);
  }
}
const syncMs = now() - start;
console.log(`ops/s: ${Math.round((2 * N) / (syncMs / 1e3))}`);

// --- async small files ---
function asyncSmall(done) {
  const t0 = now();
  let pending = N;
  for (let i = 0; i < N; i++) {
    fs.writeFile(names[i], `${i};${body}`, (err) => {
      if (err) fail(err.message);
      if (--pending === 0) readAll();
    });
  }
  function readAll() {
    let left = N;
    for (let i = 0; i < N; i++) {
      fs.readFile(names[i], 'utf8', (err, text) => {
        if (err) fail(err.message);
        if (!text.startsWith(`${i};`)) fail(`bad contents in ${names[i]}`);
        if (--left === 0) done(now() - t0);
      });
    }
  }
}

asyncSmall((ms) => {
  metric('async-small-ops', Math.round((2 * N) / (ms / 1e3)), 'ops/s', 'higher');
  const big = path.join(dir, 'big.bin');
  const chunk = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < chunk.length; i++) chunk[i] = i & 0xff;
  const fd = fs.openSync(big, 'w');
  for (let i = 0; i < BIG / chunk.length; i++) fs.writeSync(fd, chunk);
  fs.closeSync(fd);

  let t0 = now();
  const data = fs.readFileSync(big);
  const syncBig = now() - t0;
  if (data.length !== BIG || data[BIG - 1] !== 0xff || data[12345] !== (12345 & 0xff)) {
    fail('bad 64 MiB read');
  }
  metric('readfile-64mib', Number(syncBig.toFixed(2)), 'ms', 'lower');

  t0 = now();
  fs.promises.readFile(big).then((d) => {
    const asyncBig = now() - t0;
    if (d.length !== BIG || d[BIG - 2] !== 0xfe) fail('bad async 64 MiB read');
    metric('readfile-64mib-async', Number(asyncBig.toFixed(2)), 'ms', 'lower');
    fs.rmSync(dir, { recursive: true, force: true });
  }, (err) => fail(err.message));
});

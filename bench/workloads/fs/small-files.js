// bench: metric=callback-files+promise-files+wall, runs=5, timeout=120
//
// node:fs whole-file calls on many small files (eddy issue 5, target 1).
//
// 5,000 files of 4 KiB each are written and then read back, in a fresh
// directory under os.tmpdir(). Each metric is files/s: 5,000 divided by the
// time from the first write to the last read (write phase + read phase).
//
// - callback-files: fs.writeFile / fs.readFile with callbacks. Like a program
//   that fans out, all 5,000 writes are issued at once and a counter starts
//   the read phase when the last write calls back; then all 5,000 reads are
//   issued at once and a counter ends the run.
// - promise-files: fs.promises.writeFile / readFile, all 5,000 of a phase
//   issued at once and awaited with Promise.all, then the same for reads.
//
// The callback round writes Buffers and reads Buffers; the promise round
// writes strings and reads them back as 'utf8' (both common shapes). Every
// file's contents are checked, so a broken runtime fails instead of printing
// a number. One untimed warm-up round of 200 files runs first.
//
// os.tmpdir() follows TMPDIR. Where /tmp is a disk file system (ext4 on the
// bench machine) file creation and write-back dominate and swamp the
// runtime's share; `TMPDIR=/dev/shm python3 bench/run.py --filter fs/`
// measures the runtime on tmpfs.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const N = 5000;
const SIZE = 4096;
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-bench-fs-small-'));
const names = [];
for (let i = 0; i < N; i++) names.push(path.join(dir, `f${i}.dat`));

// Buffers (callback round): 4 KiB, first 8 bytes carry the index.
const bufs = [];
for (let i = 0; i < N; i++) {
  const b = Buffer.alloc(SIZE, 97 + (i % 26));
  b.writeUInt32LE(i, 0);
  b.writeUInt32LE(i ^ 0x5a5a5a5a, SIZE - 4);
  bufs.push(b);
}
// Strings (promise round): 4 KiB of ASCII, prefix is the index.
const strs = [];
for (let i = 0; i < N; i++) {
  const head = `${i}:`;
  strs.push(head + String.fromCharCode(65 + (i % 26)).repeat(SIZE - head.length));
}

function fail(msg) {
  try { fs.rmSync(dir, { recursive: true, force: true }); } catch {}
  console.error(msg);
  process.exit(1);
}

function metric(name, value) {
  console.log(JSON.stringify({ metric: name, value, unit: 'files/s', better: 'higher' }));
}

function callbackRound(n, done) {
  const t0 = now();
  let pending = n;
  for (let i = 0; i < n; i++) {
    fs.writeFile(names[i], bufs[i], (err) => {
      if (err) fail(`writeFile: ${err.message}`);
      if (--pending === 0) readPhase();
    });
  }
  function readPhase() {
    let left = n;
    for (let i = 0; i < n; i++) {
      fs.readFile(names[i], (err, data) => {
        if (err) fail(`readFile: ${err.message}`);
        if (data.length !== SIZE || !data.equals(bufs[i])) fail(`bad contents in ${names[i]}`);
        if (--left === 0) done(now() - t0);
      });
    }
  }
}

async function promiseRound(n) {
  const fsp = fs.promises;
  const t0 = now();
  const writes = new Array(n);
  for (let i = 0; i < n; i++) writes[i] = fsp.writeFile(names[i], strs[i]);
  await Promise.all(writes);
  const reads = new Array(n);
  for (let i = 0; i < n; i++) reads[i] = fsp.readFile(names[i], 'utf8');
  const texts = await Promise.all(reads);
  const ms = now() - t0;
  for (let i = 0; i < n; i++) {
    if (texts[i] !== strs[i]) fail(`bad contents in ${names[i]}`);
  }
  return ms;
}

callbackRound(200, () => {
  callbackRound(N, (cbMs) => {
    promiseRound(200).then(() => promiseRound(N)).then((pMs) => {
      metric('callback-files', Math.round(N / (cbMs / 1e3)));
      metric('promise-files', Math.round(N / (pMs / 1e3)));
      fs.rmSync(dir, { recursive: true, force: true });
    }, (err) => fail(err.stack || String(err)));
  });
});

'use strict';
// Bursts of readFile/writeFile jobs (run in batches off the loop thread):
// every callback runs exactly once with its own file's contents, callbacks
// may start more jobs, process.nextTick queued in one callback runs before
// the next callback, and a process that exits with jobs still queued exits
// cleanly.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const dir = process.argv[3];
  let n = 0;
  for (let i = 0; i < 2000; i++) {
    fs.writeFile(path.join(dir, `c${i % 50}`), 'x'.repeat(100), () => {
      if (++n === 10) process.exit(7);
    });
  }
  return;
}

const N = 600;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-fs-burst-'));
const names = [];
for (let i = 0; i < N; i++) names.push(path.join(dir, `f${i}`));
const body = (i) => `${i}:` + 'abcdefgh'.repeat(64 + (i % 7));

let written = 0;
const seenWrite = new Set();
for (let i = 0; i < N; i++) {
  fs.writeFile(names[i], body(i), (err) => {
    assert.ifError(err);
    assert.ok(!seenWrite.has(i));
    seenWrite.add(i);
    if (++written === N) readBack();
  });
}

function readBack() {
  // N reads, plus one more started from every 100th callback.
  let left = N + N / 100;
  const done = () => { if (--left === 0) promiseRound(); };
  let tickPending = false;
  for (let i = 0; i < N; i++) {
    fs.readFile(names[i], 'utf8', (err, text) => {
      assert.ifError(err);
      assert.strictEqual(tickPending, false);
      tickPending = true;
      process.nextTick(() => { tickPending = false; });
      assert.strictEqual(text, body(i));
      // Start more work from inside a completion.
      if (i % 100 === 0) {
        fs.readFile(names[i], (e2, buf) => {
          assert.ifError(e2);
          assert.strictEqual(buf.toString(), body(i));
          done();
        });
      }
      done();
    });
  }
}

async function promiseRound() {
  await Promise.all(names.map((n, i) => fs.promises.writeFile(n, Buffer.from(body(N - i)))));
  const texts = await Promise.all(names.map((n) => fs.promises.readFile(n, 'utf8')));
  texts.forEach((t, i) => assert.strictEqual(t, body(N - i)));
  const r = spawnSync(process.execPath, [__filename, 'child', dir], { encoding: 'utf8' });
  assert.strictEqual(r.status, 7, r.stderr);
  assert.strictEqual(r.signal, null);
  fs.rmSync(dir, { recursive: true, force: true });
}

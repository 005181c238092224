// Output queued on a stdout pipe when process.exit() runs is written out
// (node 20 drops what libuv had not written yet; eddy flushes it),
// not lost, and the exit code is kept.
'use strict';
const assert = require('assert');
const { spawnSync } = require('child_process');
const size = 8 * 1024 * 1024;
const r = spawnSync(process.execPath,
  ['-e', `process.stdout.write('x'.repeat(${size})); process.stderr.write('done'); process.exit(3)`],
  { maxBuffer: 2 * size });
assert.strictEqual(r.status, 3);
assert.strictEqual(r.stdout.length, size);
assert.strictEqual(r.stderr.toString(), 'done');

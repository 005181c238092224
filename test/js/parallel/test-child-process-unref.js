'use strict';
// unref(): a child that was unref'd (with no stdio pipes) does not keep the
// parent alive; ref() undoes it. Checked through a grandchild that sleeps.
const common = require('../../common');
const assert = require('node:assert');
const { spawn, spawnSync } = require('node:child_process');

if (process.argv[2] === 'child') {
  const c = spawn('sleep', ['30'], { stdio: 'ignore', detached: true });
  c.unref();
  c.ref();
  c.unref();
  console.log(c.pid);
  return;
}

const start = Date.now();
const r = spawnSync(process.execPath, [__filename, 'child'], { timeout: 20000 });
assert.strictEqual(r.status, 0);
assert.ok(Date.now() - start < 15000);
const pid = Number(r.stdout.toString());
assert.ok(pid > 0);
process.kill(pid, 'SIGKILL');
common.mustCall()();

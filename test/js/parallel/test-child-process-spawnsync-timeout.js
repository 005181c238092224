'use strict';
// spawnSync's timeout: the child is killed with killSignal (SIGTERM by
// default) and the result carries ETIMEDOUT.
require('../../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

const start = Date.now();
const r = spawnSync('sleep', ['10'], { timeout: 100 });
assert.ok(Date.now() - start < 5000);
assert.strictEqual(r.error.code, 'ETIMEDOUT');
assert.strictEqual(r.error.syscall, 'spawnSync sleep');
assert.strictEqual(r.status, null);
assert.strictEqual(r.signal, 'SIGTERM');
assert.strictEqual(r.stdout.length, 0);

const k = spawnSync('sleep', ['10'], { timeout: 50, killSignal: 'SIGKILL' });
assert.strictEqual(k.error.code, 'ETIMEDOUT');
assert.strictEqual(k.signal, 'SIGKILL');

const n = spawnSync('sleep', ['10'], { timeout: 50, killSignal: 2 });
assert.strictEqual(n.signal, 'SIGINT');

// A child that finishes in time is untouched.
const ok = spawnSync('true', { timeout: 10000 });
assert.strictEqual(ok.error, undefined);
assert.strictEqual(ok.status, 0);

assert.throws(() => spawnSync('true', { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => spawnSync('true', { killSignal: 'SIGNOPE' }), {
  code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError', message: 'Unknown signal: SIGNOPE',
});

'use strict';
// spawnSync's stdio: 'ignore' and 'inherit' give null outputs, a file
// descriptor number sends the child's output to that file, and extra pipes
// beyond fd 2 are collected too.
require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ign = spawnSync('echo', ['x'], { stdio: 'ignore' });
assert.deepStrictEqual(ign.output, [null, null, null]);
assert.strictEqual(ign.stdout, null);
assert.strictEqual(ign.status, 0);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-cp-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'out.txt');
const fd = fs.openSync(file, 'w');
const r = spawnSync('sh', ['-c', 'echo to-file; echo to-pipe >&2'], { stdio: ['ignore', fd, 'pipe'] });
fs.closeSync(fd);
assert.strictEqual(r.output[1], null);
assert.strictEqual(r.stderr.toString(), 'to-pipe\n');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'to-file\n');

const four = spawnSync('sh', ['-c', 'echo three >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
assert.strictEqual(four.output.length, 4);
assert.strictEqual(four.output[3].toString(), 'three\n');

// 'inherit' shares this process' descriptors: output is not captured.
const inh = spawnSync('true', { stdio: 'inherit' });
assert.deepStrictEqual(inh.output, [null, null, null]);

assert.throws(() => spawnSync('true', { stdio: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawnSync('true', { stdio: ['ipc'] }), {
  code: 'ERR_IPC_SYNC_FORK', message: 'IPC cannot be used with synchronous forks',
});

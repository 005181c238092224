'use strict';
// spawnSync of a missing program: result.error is node's system error
// (spawnSync <file> ENOENT) with path and spawnargs; no output, pid 0.
require('../../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

const r = spawnSync('eddy-no-such-command', ['a', 'b']);
assert.ok(r.error instanceof Error);
assert.strictEqual(r.error.message, 'spawnSync eddy-no-such-command ENOENT');
assert.strictEqual(r.error.code, 'ENOENT');
assert.strictEqual(r.error.errno, -2);
assert.strictEqual(r.error.syscall, 'spawnSync eddy-no-such-command');
assert.strictEqual(r.error.path, 'eddy-no-such-command');
assert.deepStrictEqual(r.error.spawnargs, ['a', 'b']);
assert.deepStrictEqual(Object.keys(r.error), ['errno', 'code', 'syscall', 'path', 'spawnargs']);
assert.strictEqual(r.status, null);
assert.strictEqual(r.signal, null);
assert.strictEqual(r.output, null);
assert.strictEqual(r.stdout, null);
assert.strictEqual(r.stderr, null);
assert.strictEqual(r.pid, 0);

// A directory is not executable: EACCES.
const d = spawnSync('/tmp');
assert.strictEqual(d.error.code, 'EACCES');

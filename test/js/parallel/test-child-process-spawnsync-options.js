'use strict';
// spawnSync's cwd, env, argv0, shell and detached options.
require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const { spawnSync } = require('node:child_process');

const tmp = fs.realpathSync(os.tmpdir());
assert.strictEqual(spawnSync('pwd', { cwd: tmp }).stdout.toString().trim(), tmp);
assert.strictEqual(spawnSync('pwd', { cwd: new URL(`file://${tmp}`) }).stdout.toString().trim(), tmp);
const bad = spawnSync('pwd', { cwd: '/eddy/no/such/dir' });
assert.strictEqual(bad.error.code, 'ENOENT');

const env = spawnSync('sh', ['-c', 'echo "$FOO-$BAR-$HOME"'], { env: { FOO: 'x', BAR: 1 } });
assert.strictEqual(env.stdout.toString(), 'x-1-\n');
const empty = spawnSync('env', { env: {} });
assert.strictEqual(empty.stdout.toString(), '');
// Without env the child sees this process' environment, changes included.
process.env.EDDY_CP_TEST = 'inherited';
assert.strictEqual(spawnSync('sh', ['-c', 'echo $EDDY_CP_TEST']).stdout.toString(), 'inherited\n');

assert.strictEqual(spawnSync('sh', ['-c', 'echo $0'], { argv0: 'renamed' }).stdout.toString(), 'renamed\n');

assert.strictEqual(spawnSync('echo $((1 + 2))', { shell: true }).stdout.toString(), '3\n');
assert.strictEqual(spawnSync('echo', ['a', '&&', 'echo', 'b'], { shell: true }).stdout.toString(), 'a\nb\n');
assert.strictEqual(spawnSync('echo $0', { shell: '/bin/sh' }).stdout.toString(), '/bin/sh\n');

assert.strictEqual(spawnSync('true', { detached: true }).status, 0);
assert.strictEqual(spawnSync('true', { windowsHide: true }).status, 0);

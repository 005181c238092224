'use strict';
// exec/execFile: callback (err, stdout, stderr) with strings by default,
// Buffers with encoding 'buffer'; failures carry code, killed, signal, cmd
// and the message 'Command failed: <cmd>\n<stderr>'.
const common = require('../../common');
const assert = require('node:assert');
const { exec, execFile } = require('node:child_process');

exec('echo out; echo err >&2', common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'err\n');
}));

execFile('printf', ['%s', 'x'], { encoding: 'buffer' }, common.mustSucceed((stdout, stderr) => {
  assert.ok(Buffer.isBuffer(stdout));
  assert.strictEqual(stdout.toString(), 'x');
  assert.ok(Buffer.isBuffer(stderr));
}));

exec('echo bad >&2; exit 3', common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.message, 'Command failed: echo bad >&2; exit 3\nbad\n');
  assert.strictEqual(err.code, 3);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo bad >&2; exit 3');
  assert.strictEqual(stderr, 'bad\n');
}));

execFile('sh', ['-c', 'exit 4'], common.mustCall((err) => {
  assert.strictEqual(err.code, 4);
  assert.strictEqual(err.cmd, 'sh -c exit 4');
}));

execFile('eddy-no-such-command', ['a'], common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, 'spawn eddy-no-such-command ENOENT');
  assert.strictEqual(err.cmd, 'eddy-no-such-command a');
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, '');
}));

exec('sleep 10', { timeout: 50 }, common.mustCall((err) => {
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.code, null);
}));

const child = exec('exit 0', { cwd: '/', env: { PATH: process.env.PATH } }, common.mustSucceed());
assert.ok(child.pid > 0);

'use strict';
// execSync/execFileSync: the output on success, and node's error on failure:
// 'Command failed: <cmd>' plus the child's stderr, with the spawnSync result
// (status, signal, output, pid, stdout, stderr) on the error.
require('../../common');
const assert = require('node:assert');
const { execSync, execFileSync } = require('node:child_process');

assert.strictEqual(execSync('echo hi').toString(), 'hi\n');
assert.strictEqual(execSync('echo hi', { encoding: 'utf8' }), 'hi\n');
assert.strictEqual(execFileSync('echo', ['a', 'b']).toString(), 'a b\n');

try {
  execSync('echo out; echo err >&2; exit 2', { stdio: 'pipe' });
  assert.fail('should throw');
} catch (e) {
  assert.strictEqual(e.message, 'Command failed: echo out; echo err >&2; exit 2\nerr\n');
  assert.strictEqual(e.status, 2);
  assert.strictEqual(e.signal, null);
  assert.strictEqual(e.stdout.toString(), 'out\n');
  assert.strictEqual(e.stderr.toString(), 'err\n');
  assert.deepStrictEqual(Object.keys(e), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
}

try {
  execFileSync('sh', ['-c', 'exit 7'], { stdio: 'pipe' });
  assert.fail('should throw');
} catch (e) {
  assert.strictEqual(e.message, 'Command failed: sh -c exit 7');
  assert.strictEqual(e.status, 7);
}

try {
  execFileSync('eddy-no-such-command', ['x']);
  assert.fail('should throw');
} catch (e) {
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.message, 'spawnSync eddy-no-such-command ENOENT');
  assert.strictEqual(e.error, e);
  assert.strictEqual(e.status, null);
  assert.strictEqual(e.pid, 0);
}

try {
  execSync('sleep 10', { timeout: 50 });
  assert.fail('should throw');
} catch (e) {
  assert.strictEqual(e.code, 'ETIMEDOUT');
  assert.strictEqual(e.signal, 'SIGTERM');
}

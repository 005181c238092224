'use strict';
// kill(): by default SIGTERM, by name (any case) or number; the child's
// 'exit' reports (null, 'SIGTERM'), killed turns true; unknown signals throw
// ERR_UNKNOWN_SIGNAL; killing an exited child returns false.
const common = require('../../common');
const assert = require('node:assert');
const { spawn } = require('node:child_process');

const child = spawn('sleep', ['10']);
assert.strictEqual(child.killed, false);
assert.strictEqual(child.kill(), true);
assert.strictEqual(child.killed, true);
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
  assert.strictEqual(child.signalCode, 'SIGTERM');
  assert.strictEqual(child.exitCode, null);
  assert.strictEqual(child.kill(), false);
}));
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
}));

const byName = spawn('sleep', ['10'], { stdio: 'ignore' });
byName.kill('sigkill');
byName.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));

const byNumber = spawn('sleep', ['10'], { stdio: 'ignore' });
byNumber.kill(2);
byNumber.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGINT')));

const zero = spawn('sleep', ['10'], { stdio: 'ignore' });
assert.strictEqual(zero.kill(0), true);
assert.throws(() => zero.kill('SIGNOPE'), {
  code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError', message: 'Unknown signal: SIGNOPE',
});
assert.throws(() => zero.kill(12345), { code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: 12345' });
zero.kill('SIGUSR1');
zero.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGUSR1')));

'use strict';
// 'exit' and 'close' carry the child's exit code (and a null signal);
// exitCode is set, signalCode stays null; 'spawn' comes first.
const common = require('../../common');
const assert = require('node:assert');
const { spawn } = require('node:child_process');

for (const code of [0, 1, 42, 255]) {
  const order = [];
  const child = spawn('sh', ['-c', `exit ${code}`], { stdio: 'ignore' });
  assert.ok(child.pid > 0);
  assert.strictEqual(child.exitCode, null);
  child.on('spawn', common.mustCall(() => order.push('spawn')));
  child.on('exit', common.mustCall((c, s) => {
    order.push('exit');
    assert.strictEqual(c, code);
    assert.strictEqual(s, null);
    assert.strictEqual(child.exitCode, code);
    assert.strictEqual(child.signalCode, null);
  }));
  child.on('close', common.mustCall((c, s) => {
    order.push('close');
    assert.strictEqual(c, code);
    assert.strictEqual(s, null);
    assert.deepStrictEqual(order, ['spawn', 'exit', 'close']);
  }));
}

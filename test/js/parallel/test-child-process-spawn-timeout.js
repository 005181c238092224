'use strict';
// spawn's timeout option kills the child with killSignal when it runs too
// long, and does nothing to a child that ends in time.
const common = require('../../common');
const assert = require('node:assert');
const { spawn } = require('node:child_process');

const slow = spawn('sleep', ['10'], { timeout: 50, killSignal: 'SIGINT' });
slow.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGINT');
  assert.strictEqual(slow.killed, true);
}));

const quick = spawn('true', { timeout: 10000 });
quick.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(quick.killed, false);
}));

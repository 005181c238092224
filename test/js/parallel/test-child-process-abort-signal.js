'use strict';
// spawn's signal option: aborting kills the child with killSignal and emits
// an AbortError (with the abort reason as cause) before 'exit'; an already
// aborted signal kills at once.
const common = require('../../common');
const assert = require('node:assert');
const { spawn, exec } = require('node:child_process');

const ac = new AbortController();
const child = spawn('sleep', ['10'], { signal: ac.signal });
child.on('error', common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.message, 'The operation was aborted');
  assert.strictEqual(err.cause, 'why');
}));
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(signal, 'SIGTERM');
  assert.strictEqual(child.killed, true);
}));
setTimeout(() => ac.abort('why'), 50);

const early = spawn('sleep', ['10'], { signal: AbortSignal.abort(), killSignal: 'SIGKILL' });
early.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
early.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));

const ac2 = new AbortController();
exec('sleep 10', { signal: ac2.signal }, common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
}));
ac2.abort();

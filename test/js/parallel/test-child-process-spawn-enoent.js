'use strict';
// spawn of a missing program: no throw, an asynchronous 'error' event with
// node's system error (spawn <file> ENOENT, path, spawnargs), no 'spawn'
// and no 'exit', then 'close'.
const common = require('../../common');
const assert = require('node:assert');
const { spawn } = require('node:child_process');

const events = [];
const child = spawn('eddy-no-such-command', ['x', 'y']);
assert.strictEqual(child.pid, undefined);
child.on('spawn', common.mustNotCall());
child.on('exit', common.mustNotCall());
child.on('error', common.mustCall((err) => {
  events.push('error');
  assert.strictEqual(err.message, 'spawn eddy-no-such-command ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'spawn eddy-no-such-command');
  assert.strictEqual(err.path, 'eddy-no-such-command');
  assert.deepStrictEqual(err.spawnargs, ['x', 'y']);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'spawnargs']);
}));
child.on('close', common.mustCall((code, signal) => {
  events.push('close');
  assert.strictEqual(code, -2);
  assert.strictEqual(signal, null);
}));
events.push('sync');
process.on('exit', () => assert.deepStrictEqual(events, ['sync', 'error', 'close']));

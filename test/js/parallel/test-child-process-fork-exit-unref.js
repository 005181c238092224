'use strict';
// A fork()ed child with no 'message' or 'disconnect' listener is not kept
// alive by its IPC channel: it runs to the end and exits while the parent
// is still connected. A child whose listener keeps it alive ends when the
// parent disconnects.
const common = require('../../common');
const assert = require('node:assert');
const { fork } = require('node:child_process');

if (process.argv[2] === 'quiet') {
  assert.strictEqual(process.connected, true);
  process.send('hello');
  return;
}
if (process.argv[2] === 'listening') {
  process.on('message', () => {});
  return;
}

const quiet = fork(__filename, ['quiet']);
quiet.on('message', common.mustCall((m) => assert.strictEqual(m, 'hello')));
quiet.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

const listening = fork(__filename, ['listening']);
listening.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
setTimeout(() => {
  assert.strictEqual(listening.exitCode, null);
  listening.disconnect();
}, 300);

'use strict';
// disconnect(): connected turns false at once, 'disconnect' fires on both
// sides, later send() fails with ERR_IPC_CHANNEL_CLOSED, a second
// disconnect() emits ERR_IPC_DISCONNECTED; the child then exits.
const common = require('../../common');
const assert = require('node:assert');
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  process.on('disconnect', () => {
    assert.strictEqual(process.connected, false);
    process.exitCode = 7;
  });
  process.send('ready');
  return;
}

const child = fork(__filename, ['child']);
child.on('message', common.mustCall((m) => {
  assert.strictEqual(m, 'ready');
  child.disconnect();
  assert.strictEqual(child.connected, false);
  assert.strictEqual(child.send('late', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
    assert.strictEqual(err.message, 'Channel closed');
  })), false);
  child.once('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_IPC_DISCONNECTED');
    assert.strictEqual(err.message, 'IPC channel is already disconnected');
  }));
  child.disconnect();
}));
child.on('disconnect', common.mustCall(() => assert.strictEqual(child.channel, null)));
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 7)));

'use strict';
// fork(): the child is this runtime running a module with an IPC channel;
// messages round-trip as JSON (objects, strings, numbers, booleans, null),
// send() returns true and calls its callback, and the child exits by itself
// once it stops listening.
const common = require('../../common');
const assert = require('node:assert');
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  assert.strictEqual(process.connected, true);
  assert.strictEqual(typeof process.send, 'function');
  assert.strictEqual(process.env.NODE_CHANNEL_FD, undefined);
  process.on('message', function onMessage(m) {
    if (m === 'stop') {
      process.removeListener('message', onMessage);
      return;
    }
    process.send({ got: m, argv: process.argv.slice(2) });
  });
  return;
}

const child = fork(__filename, ['child', 'extra']);
assert.ok(child.pid > 0);
assert.strictEqual(child.connected, true);
assert.strictEqual(child.stdout, null);
assert.strictEqual(typeof child.channel, 'object');
const sent = [{ a: [1, 'two', { three: 3 }] }, 'text', 42, true, null, 'é\n€'];
const received = [];
child.on('message', (m) => {
  assert.deepStrictEqual(m.argv, ['child', 'extra']);
  received.push(m.got);
  if (received.length === sent.length) child.send('stop');
});
for (const m of sent) assert.strictEqual(child.send(m), true);
child.send('x'.repeat(200000), common.mustSucceed());
sent.push('x'.repeat(200000));
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.deepStrictEqual(received, sent);
}));
child.on('disconnect', common.mustCall(() => assert.strictEqual(child.connected, false)));
child.on('close', common.mustCall());

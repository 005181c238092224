'use strict';
// child.send(message, handle): a value that is no sendable handle (not a
// net.Socket, net.Server or their TCP/Pipe handle) throws node's
// ERR_INVALID_HANDLE_TYPE synchronously; a falsy handle means none, and a
// function there is the callback.
const assert = require('node:assert');
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    if (m === 'bye') process.disconnect();
  });
} else {
  const child = fork(__filename, ['child']);
  for (const bad of [{}, 5, 'x', true, []]) {
    assert.throws(() => child.send('m', bad), {
      code: 'ERR_INVALID_HANDLE_TYPE', name: 'TypeError', message: 'This handle type cannot be sent',
    });
  }
  for (const none of [null, undefined, 0, '']) {
    assert.strictEqual(child.send('m', none), true);
  }
  let called = false;
  assert.strictEqual(child.send('m', () => { called = true; }), true);
  child.send('bye');
  child.on('exit', (code) => assert.strictEqual(code, 0));
  process.on('exit', () => assert.ok(called));
}

'use strict';
// Passing a handle with send() is not built in eddy: it throws
// ERR_NOT_IMPLEMENTED naming it (under node the handle is sent). Messages
// of unsupported types throw ERR_INVALID_ARG_TYPE, undefined ERR_MISSING_ARGS.
const common = require('../../common');
const assert = require('node:assert');
const net = require('node:net');
const { fork } = require('node:child_process');

if (process.argv[2] === 'child') {
  process.on('message', (m, handle) => {
    if (handle) handle.close();
    process.disconnect();
  });
  return;
}

const child = fork(__filename, ['child']);
assert.throws(() => child.send(undefined), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => child.send(Symbol('s')), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => child.send(() => {}), { code: 'ERR_INVALID_ARG_TYPE' });
const server = net.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  if (common.isEddy) {
    assert.throws(() => child.send('with handle', server), {
      code: 'ERR_NOT_IMPLEMENTED',
      message: /sendHandle/,
    });
    child.send('plain');
  } else {
    child.send('with handle', server);
  }
  server.close();
}));
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

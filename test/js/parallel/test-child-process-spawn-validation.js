'use strict';
// Argument checks of spawn/exec/execFile/fork throw node's errors.
require('../../common');
const assert = require('node:assert');
const cp = require('node:child_process');

assert.throws(() => cp.spawn(), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "file" argument must be of type string. Received undefined',
});
assert.throws(() => cp.spawn(''), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'file' cannot be empty. Received ''",
});
assert.throws(() => cp.spawn('a\u0000b'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn('true', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "args" argument must be of type object. Received type number (5)',
});
assert.throws(() => cp.spawn('true', ['x\u0000']), {
  message: "The argument 'args[0]' must be a string without null bytes. Received 'x\\x00'",
});
assert.throws(() => cp.spawn('true', [], 'opts'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('true', { cwd: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('true', { detached: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('true', { uid: 1.5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.uid" property must be int32. Received type number (1.5)',
});
assert.throws(() => cp.spawn('true', { gid: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('true', { shell: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('true', { argv0: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('true', { timeout: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => cp.spawn('true', { signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('true', { killSignal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('true', { stdio: 'sideways' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'stdio' is invalid. Received 'sideways'",
});
assert.throws(() => cp.spawn('true', { stdio: ['pipe', 'pipe', 'pipe', {}] }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn('true', { stdio: ['ipc', 'ipc'] }), {
  code: 'ERR_IPC_ONE_PIPE', message: 'Child process can have only one IPC pipe',
});
assert.throws(() => cp.spawn('true', { stdio: ['pipe', 'pipe', Buffer.from('x')] }), {
  code: 'ERR_INVALID_SYNC_FORK_INPUT',
});
assert.throws(() => cp.spawn('true', { serialization: 'xml' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.exec(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.execFile('true', [], {}, 'cb'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.execFile('true', { maxBuffer: 'x' }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => cp.fork(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.fork('x.js', 'bad'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.fork('x.js', { stdio: ['pipe', 'pipe', 'pipe'] }), {
  code: 'ERR_CHILD_PROCESS_IPC_REQUIRED',
  message: "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio",
});

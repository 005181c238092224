'use strict';
// A child that closes its stdin early: writing to child.stdin then fails
// with EPIPE as an 'error' event on the stream (and the write callback),
// never a crash; the child still exits normally.
const common = require('../../common');
const assert = require('node:assert');
const { spawn } = require('node:child_process');

const child = spawn('sh', ['-c', 'exec 0<&-; sleep 0.5']);
child.stdin.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'EPIPE');
  assert.strictEqual(err.syscall, 'write');
}));
setTimeout(() => {
  child.stdin.write(Buffer.alloc(1024 * 1024), common.mustCall((err) => {
    assert.strictEqual(err.code, 'EPIPE');
  }));
}, 200);
child.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));

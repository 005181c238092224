'use strict';
// exec/execFile maxBuffer: going over it kills the child and reports
// ERR_CHILD_PROCESS_STDIO_MAXBUFFER with the output cut at the limit.
const common = require('../../common');
const assert = require('node:assert');
const { exec, execFile } = require('node:child_process');

exec('head -c 100000 /dev/zero | tr "\\0" a', { maxBuffer: 1000 }, common.mustCall((err, stdout) => {
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(err.name, 'RangeError');
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(stdout, 'a'.repeat(1000));
}));

execFile('sh', ['-c', 'printf 123456789 >&2'], { maxBuffer: 4, encoding: 'buffer' },
         common.mustCall((err, stdout, stderr) => {
           assert.strictEqual(err.message, 'stderr maxBuffer length exceeded');
           assert.strictEqual(stderr.toString(), '1234');
         }));

exec('printf 12345', { maxBuffer: Infinity }, common.mustSucceed((stdout) => {
  assert.strictEqual(stdout, '12345');
}));

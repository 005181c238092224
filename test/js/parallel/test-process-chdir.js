'use strict';
const assert = require('assert');

const start = process.cwd();
process.chdir('/');
assert.strictEqual(process.cwd(), '/');
process.chdir(start);
assert.strictEqual(process.cwd(), start);
assert.throws(() => process.chdir('/definitely/missing'), (e) => {
  assert.strictEqual(e.code, 'ENOENT');
  assert.strictEqual(e.syscall, 'chdir');
  assert.strictEqual(e.path, start);
  assert.strictEqual(e.dest, '/definitely/missing');
  assert.strictEqual(e.message, `ENOENT: no such file or directory, chdir '${start}' -> '/definitely/missing'`);
  return true;
});
assert.throws(() => process.chdir(1), { code: 'ERR_INVALID_ARG_TYPE' });
const old = process.umask(0o22);
assert.strictEqual(process.umask(), 0o22);
process.umask(old);
assert.throws(() => process.umask('9'), { code: 'ERR_INVALID_ARG_VALUE' });

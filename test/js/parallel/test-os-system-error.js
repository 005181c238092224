'use strict';
// A failed system call surfaces as ERR_SYSTEM_ERROR: a SystemError whose
// message names the syscall, with `info` holding the context and errno /
// syscall as accessors that read and write it.
const assert = require('node:assert');
const os = require('node:os');

const noSuchPid = 2 ** 30;  // above any Linux pid_max
let err;
try {
  os.getPriority(noSuchPid);
} catch (e) {
  err = e;
}
assert.ok(err instanceof Error);
assert.strictEqual(err.name, 'SystemError');
assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
assert.strictEqual(err.message,
                   'A system error occurred: uv_os_getpriority returned ESRCH (no such process)');
assert.strictEqual(err.toString(), `SystemError [ERR_SYSTEM_ERROR]: ${err.message}`);
assert.deepStrictEqual(err.info, {
  errno: err.errno, code: 'ESRCH', message: 'no such process', syscall: 'uv_os_getpriority',
});
assert.ok(err.errno < 0);
const esrch = err.errno;
assert.strictEqual(err.syscall, 'uv_os_getpriority');
assert.deepStrictEqual(Object.keys(err), ['code', 'info', 'errno', 'syscall']);
assert.ok(err.stack.startsWith('SystemError [ERR_SYSTEM_ERROR]: A system error occurred'));

err.errno = 42;
assert.strictEqual(err.info.errno, 42);
err.info.syscall = 'other';
assert.strictEqual(err.syscall, 'other');

assert.throws(() => os.setPriority(noSuchPid, 0), {
  name: 'SystemError',
  code: 'ERR_SYSTEM_ERROR',
  syscall: 'uv_os_setpriority',
  info: { errno: esrch, code: 'ESRCH', message: 'no such process',
          syscall: 'uv_os_setpriority' },
});

'use strict';
// System errors from synchronous calls: node's message
// `CODE: description, syscall 'path' -> 'dest'`, with errno, code, syscall,
// path and dest properties in node's order.
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const missing = path.join(tmp, 'missing');
const file = path.join(tmp, 'file');
const dir = path.join(tmp, 'dir');
fs.writeFileSync(file, 'x');
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'inner'), 'y');

function check(fn, expected) {
  let err;
  try {
    fn();
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof Error, `${fn} did not throw`);
  assert.strictEqual(err.name, 'Error');
  for (const [k, v] of Object.entries(expected)) assert.strictEqual(err[k], v, `${fn}: ${k}`);
  const keys = ['errno', 'code', 'syscall'];
  if (expected.path !== undefined) keys.push('path');
  if (expected.dest !== undefined) keys.push('dest');
  assert.deepStrictEqual(Object.keys(err), keys);
  if (expected.message) assert.ok(err.stack.startsWith(`Error: ${expected.message}\n`), err.stack);
}

check(() => fs.openSync(missing), {
  errno: -2, code: 'ENOENT', syscall: 'open', path: missing,
  message: `ENOENT: no such file or directory, open '${missing}'`,
});
check(() => fs.mkdirSync(dir), {
  errno: -17, code: 'EEXIST', syscall: 'mkdir', path: dir,
  message: `EEXIST: file already exists, mkdir '${dir}'`,
});
check(() => fs.rmdirSync(dir), {
  code: 'ENOTEMPTY', syscall: 'rmdir', path: dir,
  message: `ENOTEMPTY: directory not empty, rmdir '${dir}'`,
});
check(() => fs.unlinkSync(dir), {
  code: 'EISDIR', syscall: 'unlink', path: dir,
  message: `EISDIR: illegal operation on a directory, unlink '${dir}'`,
});
check(() => fs.readdirSync(file), {
  code: 'ENOTDIR', syscall: 'scandir', path: file,
  message: `ENOTDIR: not a directory, scandir '${file}'`,
});
check(() => fs.renameSync(missing, file), {
  code: 'ENOENT', syscall: 'rename', path: missing, dest: file,
  message: `ENOENT: no such file or directory, rename '${missing}' -> '${file}'`,
});
check(() => fs.linkSync(file, dir), {
  code: 'EEXIST', syscall: 'link', path: file, dest: dir,
  message: `EEXIST: file already exists, link '${file}' -> '${dir}'`,
});
check(() => fs.symlinkSync('target', file), {
  code: 'EEXIST', syscall: 'symlink', path: 'target', dest: file,
  message: `EEXIST: file already exists, symlink 'target' -> '${file}'`,
});
check(() => fs.copyFileSync(missing, file), {
  code: 'ENOENT', syscall: 'copyfile', path: missing, dest: file,
  message: `ENOENT: no such file or directory, copyfile '${missing}' -> '${file}'`,
});
check(() => fs.readlinkSync(file), {
  code: 'EINVAL', syscall: 'readlink', path: file,
  message: `EINVAL: invalid argument, readlink '${file}'`,
});
check(() => fs.accessSync(missing), {
  code: 'ENOENT', syscall: 'access', path: missing,
  message: `ENOENT: no such file or directory, access '${missing}'`,
});
check(() => fs.chmodSync(missing, 0o644), { code: 'ENOENT', syscall: 'chmod', path: missing });
check(() => fs.utimesSync(missing, 1, 1), {
  code: 'ENOENT', syscall: 'utime', path: missing,
  message: `ENOENT: no such file or directory, utime '${missing}'`,
});
check(() => fs.lutimesSync(missing, 1, 1), { syscall: 'lutime', path: missing });
check(() => fs.fsyncSync(1e6), { code: 'EBADF', syscall: 'fsync', message: 'EBADF: bad file descriptor, fsync' });
check(() => fs.ftruncateSync(1e6), { code: 'EBADF', syscall: 'ftruncate' });
check(() => fs.futimesSync(1e6, 1, 1), { code: 'EBADF', syscall: 'futime' });
check(() => fs.closeSync(1e6), { code: 'EBADF', syscall: 'close', message: 'EBADF: bad file descriptor, close' });
check(() => fs.readFileSync(dir), {
  code: 'EISDIR', syscall: 'read', message: 'EISDIR: illegal operation on a directory, read',
});
check(() => fs.writeFileSync(path.join(missing, 'x'), 'data'), {
  code: 'ENOENT', syscall: 'open', path: path.join(missing, 'x'),
});
check(() => fs.mkdtempSync(path.join(missing, 'p-')), {
  code: 'ENOENT', syscall: 'mkdtemp', path: path.join(missing, 'p-XXXXXX'),
  message: `ENOENT: no such file or directory, mkdtemp '${path.join(missing, 'p-XXXXXX')}'`,
});
check(() => fs.opendirSync(missing), {
  code: 'ENOENT', syscall: 'opendir', message: 'ENOENT: no such file or directory, opendir',
});
check(() => fs.realpathSync.native(missing), {
  code: 'ENOENT', syscall: 'realpath', path: missing,
});
check(() => fs.statfsSync(missing), { code: 'ENOENT', syscall: 'statfs', path: missing });

// A Buffer path shows as a string.
const bufErr = (() => { try { fs.openSync(Buffer.from(missing)); } catch (e) { return e; } })();
assert.strictEqual(bufErr.path, missing);

'use strict';
// fs.constants: node's table (null prototype, read-only property), the
// access modes on fs itself, and the values libuv and Linux use.
const assert = require('node:assert');
const fs = require('node:fs');

const desc = Object.getOwnPropertyDescriptor(fs, 'constants');
assert.strictEqual(desc.writable, false);
assert.strictEqual(desc.configurable, false);
assert.strictEqual(desc.enumerable, true);
const c = fs.constants;
assert.strictEqual(Object.getPrototypeOf(c), null);
assert.deepStrictEqual(Object.keys(c), [
  'UV_FS_SYMLINK_DIR', 'UV_FS_SYMLINK_JUNCTION', 'O_RDONLY', 'O_WRONLY', 'O_RDWR',
  'UV_DIRENT_UNKNOWN', 'UV_DIRENT_FILE', 'UV_DIRENT_DIR', 'UV_DIRENT_LINK', 'UV_DIRENT_FIFO',
  'UV_DIRENT_SOCKET', 'UV_DIRENT_CHAR', 'UV_DIRENT_BLOCK', 'EXTENSIONLESS_FORMAT_JAVASCRIPT',
  'EXTENSIONLESS_FORMAT_WASM', 'S_IFMT', 'S_IFREG', 'S_IFDIR', 'S_IFCHR', 'S_IFBLK', 'S_IFIFO',
  'S_IFLNK', 'S_IFSOCK', 'O_CREAT', 'O_EXCL', 'UV_FS_O_FILEMAP', 'O_NOCTTY', 'O_TRUNC',
  'O_APPEND', 'O_DIRECTORY', 'O_NOATIME', 'O_NOFOLLOW', 'O_SYNC', 'O_DSYNC', 'O_DIRECT',
  'O_NONBLOCK', 'S_IRWXU', 'S_IRUSR', 'S_IWUSR', 'S_IXUSR', 'S_IRWXG', 'S_IRGRP', 'S_IWGRP',
  'S_IXGRP', 'S_IRWXO', 'S_IROTH', 'S_IWOTH', 'S_IXOTH', 'F_OK', 'R_OK', 'W_OK', 'X_OK',
  'UV_FS_COPYFILE_EXCL', 'COPYFILE_EXCL', 'UV_FS_COPYFILE_FICLONE', 'COPYFILE_FICLONE',
  'UV_FS_COPYFILE_FICLONE_FORCE', 'COPYFILE_FICLONE_FORCE',
]);
assert.strictEqual(c.O_RDONLY, 0);
assert.strictEqual(c.O_WRONLY, 1);
assert.strictEqual(c.O_RDWR, 2);
assert.strictEqual(c.O_CREAT, 0o100);
assert.strictEqual(c.O_EXCL, 0o200);
assert.strictEqual(c.O_TRUNC, 0o1000);
assert.strictEqual(c.O_APPEND, 0o2000);
assert.strictEqual(c.S_IFMT, 0o170000);
assert.strictEqual(c.S_IFREG, 0o100000);
assert.strictEqual(c.S_IFDIR, 0o40000);
assert.strictEqual(c.S_IFLNK, 0o120000);
assert.strictEqual(c.UV_DIRENT_DIR, 2);
assert.strictEqual(c.COPYFILE_EXCL, 1);
assert.strictEqual(c.COPYFILE_FICLONE_FORCE, 4);
assert.strictEqual(c.UV_FS_O_FILEMAP, 0);

for (const [name, value] of [['F_OK', 0], ['R_OK', 4], ['W_OK', 2], ['X_OK', 1]]) {
  assert.strictEqual(fs[name], value);
  assert.strictEqual(Object.getOwnPropertyDescriptor(fs, name).writable, false);
}
assert.strictEqual(fs.lchmod, undefined);
assert.strictEqual(fs.lchmodSync, undefined);
assert.ok('lchmod' in fs);

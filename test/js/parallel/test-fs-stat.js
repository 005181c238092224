'use strict';
// Stats: node's fields in node's order, Dates from the *Ms fields, the type
// tests, fs.Stats as the class, and stat vs lstat vs fstat on links.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, '12345');
fs.utimesSync(file, 1000.5, 2000.25);

const st = fs.statSync(file);
assert.ok(st instanceof fs.Stats);
assert.deepStrictEqual(Object.keys(st), [
  'dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime', 'ctime', 'birthtime',
]);
assert.strictEqual(st.size, 5);
assert.strictEqual(st.nlink, 1);
assert.strictEqual(st.atimeMs, 1000500);
assert.strictEqual(st.mtimeMs, 2000250);
assert.ok(st.atime instanceof Date);
assert.strictEqual(st.atime.getTime(), 1000500);
assert.strictEqual(st.mtime.toISOString(), '1970-01-01T00:33:20.250Z');
assert.strictEqual(typeof st.ino, 'number');
assert.strictEqual(st.uid, process.getuid());
assert.strictEqual(st.isFile(), true);
assert.strictEqual(st.isDirectory(), false);
assert.strictEqual(st.isSymbolicLink(), false);
assert.strictEqual(st.isFIFO(), false);
assert.strictEqual(st.isSocket(), false);
assert.strictEqual(st.isBlockDevice(), false);
assert.strictEqual(st.isCharacterDevice(), false);
assert.strictEqual(st.mode & fs.constants.S_IFMT, fs.constants.S_IFREG);

assert.ok(fs.statSync(tmp).isDirectory());
if (fs.existsSync('/dev/null')) assert.ok(fs.statSync('/dev/null').isCharacterDevice());

const link = path.join(tmp, 'l');
fs.symlinkSync(file, link);
assert.ok(fs.lstatSync(link).isSymbolicLink());
assert.ok(fs.statSync(link).isFile());
assert.strictEqual(fs.statSync(link).ino, st.ino);

const fd = fs.openSync(file, 'r');
assert.strictEqual(fs.fstatSync(fd).ino, st.ino);
fs.fstat(fd, common.mustSucceed((s) => {
  assert.ok(s instanceof fs.Stats);
  assert.strictEqual(s.size, 5);
  fs.closeSync(fd);
}));
fs.stat(file, common.mustSucceed((s) => assert.strictEqual(s.mtimeMs, 2000250)));
fs.lstat(link, common.mustSucceed((s) => assert.ok(s.isSymbolicLink())));
fs.stat(path.join(tmp, 'none'), common.mustCall((err, s) => {
  assert.strictEqual(s, undefined);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'stat');
}));

assert.throws(() => fs.statSync(path.join(tmp, 'none')), {
  code: 'ENOENT',
  syscall: 'stat',
  message: `ENOENT: no such file or directory, stat '${path.join(tmp, 'none')}'`,
});
assert.throws(() => fs.lstatSync(path.join(tmp, 'none')), { syscall: 'lstat' });
assert.throws(() => fs.fstatSync(1e6), {
  code: 'EBADF', syscall: 'fstat', message: 'EBADF: bad file descriptor, fstat',
});

// statfs
const sf = fs.statfsSync(tmp);
assert.deepStrictEqual(Object.keys(sf), ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree']);
assert.ok(sf.bsize > 0);
fs.statfs(tmp, { bigint: true }, common.mustSucceed((s) => assert.strictEqual(typeof s.bsize, 'bigint')));

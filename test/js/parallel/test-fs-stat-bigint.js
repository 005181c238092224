'use strict';
// { bigint: true }: every field a BigInt, nanosecond fields, Dates from the
// millisecond BigInts, and the same type tests.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, 'abc');
fs.utimesSync(file, 1, 1234.567891);

const st = fs.statSync(file, { bigint: true });
assert.deepStrictEqual(Object.keys(st), [
  'dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
  'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atimeNs', 'mtimeNs', 'ctimeNs',
  'birthtimeNs', 'atime', 'mtime', 'ctime', 'birthtime',
]);
for (const key of Object.keys(st)) {
  if (key.endsWith('time')) assert.ok(st[key] instanceof Date, key);
  else assert.strictEqual(typeof st[key], 'bigint', key);
}
assert.strictEqual(st.size, 3n);
assert.strictEqual(st.atimeNs, 1000000000n);
assert.strictEqual(st.atimeMs, 1000n);
assert.strictEqual(st.mtimeMs, 1234567n);
assert.strictEqual(st.mtime.getTime(), 1234567);
assert.ok(st.mtimeNs >= 1234567000000n && st.mtimeNs < 1234568000000n);
assert.strictEqual(st.isFile(), true);
assert.strictEqual(st.isDirectory(), false);
assert.ok(fs.lstatSync(tmp, { bigint: true }).isDirectory());
assert.strictEqual(st.constructor.name, 'BigIntStats');

const plain = fs.statSync(file);
assert.strictEqual(BigInt(plain.ino), st.ino);

const fd = fs.openSync(file, 'r');
assert.strictEqual(fs.fstatSync(fd, { bigint: true }).size, 3n);
fs.fstat(fd, { bigint: true }, common.mustSucceed((s) => {
  assert.strictEqual(s.size, 3n);
  fs.closeSync(fd);
}));
fs.stat(file, { bigint: true }, common.mustSucceed((s) => assert.strictEqual(s.atimeNs, 1000000000n)));
fs.promises.stat(file, { bigint: true }).then(common.mustCall((s) => {
  assert.strictEqual(typeof s.ino, 'bigint');
}));

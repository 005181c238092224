'use strict';
// symlink / readlink / lstat: relative and absolute targets, dangling
// links, encodings of readlink's result, and the symlink type check.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'target.txt');
fs.writeFileSync(file, 'T');

const rel = path.join(tmp, 'rel');
fs.symlinkSync('target.txt', rel);
assert.strictEqual(fs.readlinkSync(rel), 'target.txt');
assert.strictEqual(fs.readFileSync(rel, 'utf8'), 'T');

const abs = path.join(tmp, 'abs');
fs.symlinkSync(file, abs, 'file');
assert.strictEqual(fs.readlinkSync(abs), file);
assert.deepStrictEqual(fs.readlinkSync(abs, 'buffer'), Buffer.from(file));
assert.strictEqual(fs.readlinkSync(abs, { encoding: 'hex' }), Buffer.from(file).toString('hex'));

const dirLink = path.join(tmp, 'dirlink');
fs.symlinkSync(tmp, dirLink, 'dir');
assert.ok(fs.statSync(dirLink).isDirectory());
assert.ok(fs.lstatSync(dirLink).isSymbolicLink());

const dangling = path.join(tmp, 'dangling');
fs.symlinkSync(path.join(tmp, 'nowhere'), dangling);
assert.ok(fs.lstatSync(dangling).isSymbolicLink());
assert.strictEqual(fs.existsSync(dangling), false);
assert.throws(() => fs.statSync(dangling), { code: 'ENOENT' });

assert.throws(() => fs.symlinkSync(file, abs), {
  code: 'EEXIST', syscall: 'symlink', path: file, dest: abs,
});
assert.throws(() => fs.symlinkSync(file, path.join(tmp, 'x'), 'sideways'), {
  code: 'ERR_FS_INVALID_SYMLINK_TYPE',
  message: 'Symlink type must be one of "dir", "file", or "junction". Received "sideways"',
});
assert.throws(() => fs.readlinkSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "oldPath" argument must be of type string or an instance of Buffer or URL. ' +
    'Received type number (5)',
});
assert.throws(() => fs.symlinkSync(5, 'x'), {
  message: 'The "target" argument must be of type string or an instance of Buffer or URL. ' +
    'Received type number (5)',
});

const cbLink = path.join(tmp, 'cb-link');
fs.symlink(file, cbLink, common.mustSucceed(() => {
  fs.readlink(cbLink, common.mustSucceed((t) => assert.strictEqual(t, file)));
  fs.readlink(cbLink, 'buffer', common.mustSucceed((t) => assert.ok(Buffer.isBuffer(t))));
}));
fs.readlink(file, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EINVAL');
  assert.strictEqual(err.syscall, 'readlink');
}));
fs.promises.symlink('target.txt', path.join(tmp, 'p-link')).then(common.mustCall(async () => {
  assert.strictEqual(await fs.promises.readlink(path.join(tmp, 'p-link')), 'target.txt');
}));

'use strict';
// rm / rmSync / promises.rm: files, whole trees with recursive, force for
// missing paths, ERR_FS_EISDIR for a directory without recursive, symlinks
// removed rather than followed, and option checks.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function makeTree(root) {
  fs.mkdirSync(path.join(root, 'a', 'b', 'c'), { recursive: true });
  fs.writeFileSync(path.join(root, 'top.txt'), 'x');
  fs.writeFileSync(path.join(root, 'a', 'one.txt'), 'x');
  fs.writeFileSync(path.join(root, 'a', 'b', 'c', 'two.txt'), 'x');
  fs.symlinkSync(outside, path.join(root, 'a', 'link-out'));
  return root;
}
const outside = path.join(tmp, 'outside.txt');
fs.writeFileSync(outside, 'keep me');

const file = path.join(tmp, 'file');
fs.writeFileSync(file, '');
fs.rmSync(file);
assert.strictEqual(fs.existsSync(file), false);

assert.throws(() => fs.rmSync(file), {
  code: 'ENOENT', syscall: 'lstat', path: file,
  message: `ENOENT: no such file or directory, lstat '${file}'`,
});
fs.rmSync(file, { force: true });

const tree = makeTree(path.join(tmp, 'tree'));
assert.throws(() => fs.rmSync(tree), (err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  assert.strictEqual(err.message,
                     `Path is a directory: rm returned EISDIR (is a directory) ${tree}`);
  assert.strictEqual(err.syscall, 'rm');
  assert.strictEqual(err.path, tree);
  assert.strictEqual(err.errno, os.constants.errno.EISDIR);
  assert.deepStrictEqual(err.info, {
    code: 'EISDIR', message: 'is a directory', path: tree, syscall: 'rm',
    errno: os.constants.errno.EISDIR,
  });
  return true;
});
fs.rmSync(tree, { recursive: true });
assert.strictEqual(fs.existsSync(tree), false);
assert.strictEqual(fs.readFileSync(outside, 'utf8'), 'keep me');

// A symlink to a directory goes, the directory stays.
const target = makeTree(path.join(tmp, 'target'));
const dirLink = path.join(tmp, 'dir-link');
fs.symlinkSync(target, dirLink);
fs.rmSync(dirLink, { recursive: true });
assert.ok(fs.existsSync(path.join(target, 'a', 'one.txt')));

assert.throws(() => fs.rmSync(target, { force: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.force" property must be of type boolean. Received type string (\'yes\')',
});
assert.throws(() => fs.rmSync(target, { maxRetries: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.maxRetries" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => fs.rmSync(target, 'opts'), { code: 'ERR_INVALID_ARG_TYPE' });

fs.rm(target, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  fs.rm(target, { recursive: true }, common.mustSucceed(() => {
    assert.strictEqual(fs.existsSync(target), false);
    fs.rm(target, { force: true }, common.mustSucceed());
    fs.rm(target, common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
  }));
}));

const ptree = makeTree(path.join(tmp, 'ptree'));
fs.promises.rm(ptree, { recursive: true, force: true }).then(common.mustCall(() => {
  assert.strictEqual(fs.existsSync(ptree), false);
}));

'use strict';
// realpath: links resolved through every component, relative input made
// absolute, encodings; a failure names the component node's walk stopped
// at (`lstat '/dir/missing'`), while realpath.native names the whole path.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-')));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
fs.mkdirSync(path.join(tmp, 'real', 'inner'), { recursive: true });
fs.writeFileSync(path.join(tmp, 'real', 'inner', 'f'), '');
fs.symlinkSync(path.join(tmp, 'real'), path.join(tmp, 'l1'));
fs.symlinkSync('l1/inner', path.join(tmp, 'l2'));

const expected = path.join(tmp, 'real', 'inner', 'f');
assert.strictEqual(fs.realpathSync(path.join(tmp, 'l2', 'f')), expected);
assert.strictEqual(fs.realpathSync.native(path.join(tmp, 'l2', 'f')), expected);
assert.strictEqual(fs.realpathSync(`${tmp}/l1/./inner/../inner/f`), expected);
assert.deepStrictEqual(fs.realpathSync(path.join(tmp, 'l2', 'f'), 'buffer'), Buffer.from(expected));
assert.strictEqual(fs.realpathSync(new URL(`file://${tmp}/l1`)), path.join(tmp, 'real'));

const cwd = process.cwd();
process.chdir(tmp);
try {
  assert.strictEqual(fs.realpathSync('l2'), path.join(tmp, 'real', 'inner'));
} finally {
  process.chdir(cwd);
}

const missing = path.join(tmp, 'l1', 'missing', 'deeper');
assert.throws(() => fs.realpathSync(missing), {
  code: 'ENOENT', syscall: 'lstat', path: path.join(tmp, 'real', 'missing'),
  message: `ENOENT: no such file or directory, lstat '${path.join(tmp, 'real', 'missing')}'`,
});
assert.throws(() => fs.realpathSync.native(missing), {
  code: 'ENOENT', syscall: 'realpath', path: missing,
});
const loop = path.join(tmp, 'loop');
fs.symlinkSync(loop, loop);
assert.throws(() => fs.realpathSync(loop), { code: 'ELOOP' });

fs.realpath(path.join(tmp, 'l2'), common.mustSucceed((p) => {
  assert.strictEqual(p, path.join(tmp, 'real', 'inner'));
}));
fs.realpath(missing, common.mustCall((err) => {
  assert.strictEqual(err.syscall, 'lstat');
  assert.strictEqual(err.path, path.join(tmp, 'real', 'missing'));
}));
fs.realpath.native(path.join(tmp, 'l2'), common.mustSucceed((p) => {
  assert.strictEqual(p, path.join(tmp, 'real', 'inner'));
}));
fs.promises.realpath(path.join(tmp, 'l1')).then(common.mustCall((p) => {
  assert.strictEqual(p, path.join(tmp, 'real'));
}));

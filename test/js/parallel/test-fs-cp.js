'use strict';
// cp / cpSync / promises.cp: a file, a tree with recursive (links made
// absolute unless verbatimSymlinks), filter, force / errorOnExist, and the
// ERR_FS_CP_* and ERR_FS_EISDIR errors node gives.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const src = path.join(tmp, 'src');
fs.mkdirSync(path.join(src, 'sub'), { recursive: true });
fs.writeFileSync(path.join(src, 'a.txt'), 'A');
fs.writeFileSync(path.join(src, 'sub', 'b.txt'), 'B');
fs.symlinkSync('a.txt', path.join(src, 'link'));
const file = path.join(tmp, 'file.txt');
fs.writeFileSync(file, 'F');

const copy1 = path.join(tmp, 'copy1');
fs.cpSync(src, copy1, { recursive: true });
assert.deepStrictEqual(fs.readdirSync(copy1, { recursive: true }).sort(),
                       ['a.txt', 'link', 'sub', 'sub/b.txt']);
assert.strictEqual(fs.readFileSync(path.join(copy1, 'sub', 'b.txt'), 'utf8'), 'B');
assert.strictEqual(fs.readlinkSync(path.join(copy1, 'link')), path.join(src, 'a.txt'));

const copy2 = path.join(tmp, 'copy2');
fs.cpSync(src, copy2, { recursive: true, verbatimSymlinks: true,
                        filter: (s) => !s.endsWith('b.txt') });
assert.strictEqual(fs.readlinkSync(path.join(copy2, 'link')), 'a.txt');
assert.deepStrictEqual(fs.readdirSync(path.join(copy2, 'sub')), []);

const copy3 = path.join(tmp, 'deep', 'er', 'copy3');
fs.cpSync(src, copy3, { recursive: true, dereference: true });
assert.ok(fs.lstatSync(path.join(copy3, 'link')).isFile());

fs.cpSync(file, path.join(tmp, 'f2.txt'), { preserveTimestamps: true });
// Times go through Dates: equal to the millisecond.
assert.ok(Math.abs(fs.statSync(path.join(tmp, 'f2.txt')).mtimeMs - fs.statSync(file).mtimeMs) < 1);

assert.throws(() => fs.cpSync(src, path.join(tmp, 'nope')), (err) => {
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  assert.strictEqual(err.message, 'Path is a directory: cp returned EISDIR ' +
    `(${src} is a directory (not copied)) ${src}`);
  return true;
});
assert.throws(() => fs.cpSync(src, path.join(src, 'sub', 'x'), { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL',
  message: 'Invalid src or dest: cp returned EINVAL (cannot copy ' +
    `${src} to a subdirectory of self ${path.join(src, 'sub', 'x')}) ${path.join(src, 'sub', 'x')}`,
});
assert.throws(() => fs.cpSync(src, src, { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL',
  message: `Invalid src or dest: cp returned EINVAL (src and dest cannot be the same) ${src}`,
});
assert.throws(() => fs.cpSync(src, file, { recursive: true }), { code: 'ERR_FS_CP_DIR_TO_NON_DIR' });
assert.throws(() => fs.cpSync(file, copy1), { code: 'ERR_FS_CP_NON_DIR_TO_DIR' });
assert.throws(() => fs.cpSync(file, path.join(copy1, 'a.txt'), { force: false, errorOnExist: true }), {
  code: 'ERR_FS_CP_EEXIST',
  message: `Target already exists: cp returned EEXIST (${path.join(copy1, 'a.txt')} already exists) ` +
    path.join(copy1, 'a.txt'),
});
fs.cpSync(file, path.join(copy1, 'a.txt'), { force: false });
assert.strictEqual(fs.readFileSync(path.join(copy1, 'a.txt'), 'utf8'), 'A');
fs.cpSync(file, path.join(copy1, 'a.txt'));
assert.strictEqual(fs.readFileSync(path.join(copy1, 'a.txt'), 'utf8'), 'F');
assert.throws(() => fs.cpSync(path.join(tmp, 'missing'), path.join(tmp, 'x')), {
  code: 'ENOENT', syscall: 'lstat',
});
assert.throws(() => fs.cpSync(file, path.join(tmp, 'x'), { mode: 9 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.cpSync(file, path.join(tmp, 'x'), { filter: 1 }), {
  message: 'The "options.filter" property must be of type function. Received type number (1)',
});
assert.throws(() => fs.cpSync(file, path.join(tmp, 'x'), { filter: async () => true }), {
  code: 'ERR_INVALID_RETURN_VALUE',
});
assert.throws(() => fs.cpSync(file, path.join(tmp, 'x'), { dereference: true, verbatimSymlinks: true }), {
  code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
});

fs.cp(src, path.join(tmp, 'cb'), { recursive: true }, common.mustCall(function(err) {
  assert.strictEqual(err, null);
  assert.ok(fs.existsSync(path.join(tmp, 'cb', 'sub', 'b.txt')));
}));
fs.cp(src, path.join(tmp, 'cb2'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
}));
fs.promises.cp(src, path.join(tmp, 'p'), {
  recursive: true,
  filter: async (s) => !s.endsWith('a.txt'),
}).then(common.mustCall(() => {
  assert.deepStrictEqual(fs.readdirSync(path.join(tmp, 'p')).sort(), ['link', 'sub']);
}));
assert.throws(() => fs.cp(src, 'x', { force: 1 }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });

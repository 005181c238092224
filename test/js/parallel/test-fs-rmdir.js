'use strict';
// rmdir: empty directories only (ENOTEMPTY, ENOTDIR, ENOENT otherwise);
// the deprecated { recursive: true } removes a tree with DEP0147.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const empty = path.join(tmp, 'empty');
fs.mkdirSync(empty);
fs.rmdirSync(empty);
assert.strictEqual(fs.existsSync(empty), false);

const full = path.join(tmp, 'full');
fs.mkdirSync(full);
fs.writeFileSync(path.join(full, 'f'), '');
assert.throws(() => fs.rmdirSync(full), { code: 'ENOTEMPTY', syscall: 'rmdir', path: full });
assert.throws(() => fs.rmdirSync(path.join(full, 'f')), { code: 'ENOTDIR', syscall: 'rmdir' });
assert.throws(() => fs.rmdirSync(path.join(tmp, 'none')), { code: 'ENOENT', syscall: 'rmdir' });

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP0147');
}));
fs.rmdirSync(full, { recursive: true });
assert.strictEqual(fs.existsSync(full), false);
assert.throws(() => fs.rmdirSync(path.join(tmp, 'none'), { recursive: true }), {
  code: 'ENOENT', syscall: 'lstat',
});

const again = path.join(tmp, 'again');
fs.mkdirSync(again);
fs.rmdir(again, common.mustSucceed(() => {
  assert.strictEqual(fs.existsSync(again), false);
  fs.rmdir(again, common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
}));
fs.promises.rmdir(path.join(tmp, 'none')).catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));
assert.throws(() => fs.rmdirSync(empty, { retryDelay: -1 }), { code: 'ERR_OUT_OF_RANGE' });

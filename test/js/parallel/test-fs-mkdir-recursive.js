'use strict';
// mkdir { recursive: true }: makes every missing directory and returns the
// first one it made (as spelled in the argument), undefined when all
// existed; a file in the way is EEXIST for the path itself and ENOTDIR for
// an ancestor. Sync, callback and promise forms agree.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const deep = path.join(tmp, 'a', 'b', 'c');
assert.strictEqual(fs.mkdirSync(deep, { recursive: true }), path.join(tmp, 'a'));
assert.ok(fs.statSync(deep).isDirectory());
assert.strictEqual(fs.mkdirSync(deep, { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(path.join(tmp, 'a'), { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(`${deep}/d/`, { recursive: true }), `${deep}/d/`);
// `x/../y` needs x first: the walk makes x, then y through it.
assert.strictEqual(fs.mkdirSync(`${deep}/x/../y`, { recursive: true }), `${deep}/x`);
assert.ok(fs.existsSync(path.join(deep, 'y')));

// Relative paths come back relative.
const cwd = process.cwd();
process.chdir(tmp);
try {
  assert.strictEqual(fs.mkdirSync('rel/one', { recursive: true }), 'rel');
} finally {
  process.chdir(cwd);
}

const file = path.join(tmp, 'file');
fs.writeFileSync(file, '');
assert.throws(() => fs.mkdirSync(file, { recursive: true }), {
  code: 'EEXIST', syscall: 'mkdir', path: file,
  message: `EEXIST: file already exists, mkdir '${file}'`,
});
assert.throws(() => fs.mkdirSync(path.join(file, 'sub', 'deeper'), { recursive: true }), {
  code: 'ENOTDIR', syscall: 'mkdir', path: path.join(file, 'sub', 'deeper'),
  message: `ENOTDIR: not a directory, mkdir '${path.join(file, 'sub', 'deeper')}'`,
});
assert.throws(() => fs.mkdirSync(path.join(tmp, 'z'), { recursive: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type string (\'yes\')',
});
// Without recursive, a missing parent is ENOENT.
assert.throws(() => fs.mkdirSync(path.join(tmp, 'p', 'q')), { code: 'ENOENT', syscall: 'mkdir' });

fs.mkdir(path.join(tmp, 'cb', 'x'), { recursive: true }, common.mustSucceed((first) => {
  assert.strictEqual(first, path.join(tmp, 'cb'));
  fs.mkdir(path.join(tmp, 'cb', 'x'), { recursive: true }, common.mustCall(function(err, first) {
    assert.strictEqual(err, null);
    assert.strictEqual(first, undefined);
  }));
}));
fs.mkdir(path.join(file, 'sub'), { recursive: true }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTDIR');
  assert.strictEqual(err.path, path.join(file, 'sub'));
}));
fs.promises.mkdir(path.join(tmp, 'pr', 'x'), { recursive: true }).then(common.mustCall((first) => {
  assert.strictEqual(first, path.join(tmp, 'pr'));
}));

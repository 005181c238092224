'use strict';
// link (hard links share an inode), unlink and rename, with their errors.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const a = path.join(tmp, 'a');
const b = path.join(tmp, 'b');
const c = path.join(tmp, 'c');
fs.writeFileSync(a, 'data');

fs.linkSync(a, b);
assert.strictEqual(fs.statSync(a).ino, fs.statSync(b).ino);
assert.strictEqual(fs.statSync(a).nlink, 2);
fs.unlinkSync(a);
assert.strictEqual(fs.readFileSync(b, 'utf8'), 'data');
assert.strictEqual(fs.statSync(b).nlink, 1);

fs.renameSync(b, c);
assert.strictEqual(fs.existsSync(b), false);
assert.strictEqual(fs.readFileSync(c, 'utf8'), 'data');

// rename replaces an existing file.
fs.writeFileSync(a, 'new');
fs.renameSync(a, c);
assert.strictEqual(fs.readFileSync(c, 'utf8'), 'new');

assert.throws(() => fs.linkSync(path.join(tmp, 'none'), b), {
  code: 'ENOENT', syscall: 'link', path: path.join(tmp, 'none'), dest: b,
});
assert.throws(() => fs.unlinkSync(path.join(tmp, 'none')), { code: 'ENOENT', syscall: 'unlink' });
assert.throws(() => fs.renameSync(c, path.join(tmp, 'no', 'dir')), {
  code: 'ENOENT', syscall: 'rename', path: c, dest: path.join(tmp, 'no', 'dir'),
});
assert.throws(() => fs.renameSync(5, c), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "oldPath" argument must be of type string or an instance of Buffer or URL. ' +
    'Received type number (5)',
});
assert.throws(() => fs.linkSync(c, {}), {
  message: 'The "newPath" argument must be of type string or an instance of Buffer or URL. ' +
    'Received an instance of Object',
});

fs.link(c, b, common.mustSucceed(() => {
  fs.rename(b, a, common.mustSucceed(() => {
    assert.strictEqual(fs.readFileSync(a, 'utf8'), 'new');
    fs.unlink(a, common.mustSucceed(() => {
      assert.strictEqual(fs.existsSync(a), false);
      fs.unlink(a, common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
    }));
  }));
}));

'use strict';
// utimes / futimes / lutimes take Dates, seconds or numeric strings;
// chown / fchown / lchown take ids from -1 (unchanged) to 2^32-1.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, '');

fs.utimesSync(file, new Date(5000), new Date(6000));
assert.strictEqual(fs.statSync(file).atimeMs, 5000);
assert.strictEqual(fs.statSync(file).mtimeMs, 6000);
fs.utimesSync(file, '7', 8.5);
assert.strictEqual(fs.statSync(file).atimeMs, 7000);
assert.strictEqual(fs.statSync(file).mtimeMs, 8500);

const fd = fs.openSync(file, 'r+');
fs.futimesSync(fd, 100, new Date(200000));
assert.strictEqual(fs.statSync(file).mtimeMs, 200000);

// lutimes changes the link, not its target.
const link = path.join(tmp, 'l');
fs.symlinkSync(file, link);
fs.lutimesSync(link, 1, 2);
assert.strictEqual(fs.lstatSync(link).mtimeMs, 2000);
assert.strictEqual(fs.statSync(file).mtimeMs, 200000);

assert.throws(() => fs.utimesSync(file, 'soon', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "time" argument must be an instance of Date or an Time in seconds. ' +
    "Received type string ('soon')",
});
assert.throws(() => fs.futimesSync(fd, 1, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "mtime" argument must be an instance of Date or an Time in seconds. ' +
    'Received an instance of Object',
});

// Chown to ourselves always works; -1 keeps an id.
const { uid, gid } = fs.statSync(file);
fs.chownSync(file, uid, gid);
fs.chownSync(file, -1, -1);
fs.fchownSync(fd, uid, -1);
fs.lchownSync(link, -1, gid);
assert.strictEqual(fs.statSync(file).uid, uid);
assert.throws(() => fs.chownSync(file, -2, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "uid" is out of range. It must be >= -1 && <= 4294967295. Received -2',
});
assert.throws(() => fs.chownSync(file, 0, 1.5), {
  message: 'The value of "gid" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.chownSync(path.join(tmp, 'none'), uid, gid), {
  code: 'ENOENT', syscall: 'chown',
});

fs.utimes(file, 10, 20, common.mustSucceed(() => {
  assert.strictEqual(fs.statSync(file).mtimeMs, 20000);
  fs.futimes(fd, 30, 40, common.mustSucceed(() => {
    assert.strictEqual(fs.statSync(file).mtimeMs, 40000);
    fs.chown(file, uid, gid, common.mustSucceed(() => {
      fs.fchown(fd, uid, gid, common.mustSucceed(() => {
        fs.closeSync(fd);
        fs.lutimes(link, 3, 4, common.mustSucceed(() => {
          assert.strictEqual(fs.lstatSync(link).mtimeMs, 4000);
          fs.lchown(link, uid, gid, common.mustSucceed(() => {
            fs.promises.utimes(file, 1, 1).then(common.mustCall(() => {
              assert.strictEqual(fs.statSync(file).mtimeMs, 1000);
            }));
          }));
        }));
      }));
    }));
  }));
}));

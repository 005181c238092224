'use strict';
// truncate / ftruncate: shrinking, growing with zeros, negative lengths as
// 0, the deprecated truncate(fd), and the length checks.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 't');
fs.writeFileSync(file, 'hello world');

fs.truncateSync(file, 5);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello');
fs.truncateSync(file, 8);
assert.deepStrictEqual(fs.readFileSync(file), Buffer.from('hello\0\0\0'));
fs.truncateSync(file);
assert.strictEqual(fs.statSync(file).size, 0);

fs.writeFileSync(file, 'abcdef');
const fd = fs.openSync(file, 'r+');
fs.ftruncateSync(fd, 3);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abc');
fs.ftruncateSync(fd, -5);
assert.strictEqual(fs.statSync(file).size, 0);

assert.throws(() => fs.ftruncateSync(fd, '1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "len" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => fs.truncateSync(file, 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "len" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.truncateSync(path.join(tmp, 'none')), {
  code: 'ENOENT', syscall: 'open',
});
const ro = fs.openSync(file, 'r');
assert.throws(() => fs.ftruncateSync(ro), { code: 'EINVAL', syscall: 'ftruncate' });
fs.closeSync(ro);

fs.writeFileSync(file, '0123456789');
fs.truncate(file, 4, common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), '0123');
  fs.ftruncate(fd, common.mustSucceed(() => {
    assert.strictEqual(fs.statSync(file).size, 0);
    fs.closeSync(fd);
    fs.promises.truncate(file, 2).then(common.mustCall(() => {
      assert.deepStrictEqual(fs.readFileSync(file), Buffer.alloc(2));
    }));
  }));
}));
fs.truncate(path.join(tmp, 'none'), common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));

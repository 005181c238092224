'use strict';
// readFile/writeFile on a descriptor: read from and write at the current
// position, and leave the descriptor open.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'fd.txt');
fs.writeFileSync(file, 'abcdefgh');

const fd = fs.openSync(file, 'r+');
fs.readSync(fd, Buffer.alloc(3), 0, 3, null);
assert.strictEqual(fs.readFileSync(fd, 'utf8'), 'defgh');
assert.strictEqual(fs.readFileSync(fd, 'utf8'), '');
fs.fstatSync(fd);  // still open

const wfd = fs.openSync(file, 'r+');
fs.readSync(wfd, Buffer.alloc(2), 0, 2, null);
fs.writeFileSync(wfd, 'XY');
fs.appendFileSync(wfd, 'Z');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abXYZfgh');
fs.closeSync(wfd);

assert.throws(() => fs.readFileSync(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => fs.readFileSync(1e6), {
  code: 'EBADF', syscall: 'fstat', message: 'EBADF: bad file descriptor, fstat',
});
assert.throws(() => fs.writeFileSync(1e6, 'x'), {
  code: 'EBADF', syscall: 'write', message: 'EBADF: bad file descriptor, write',
});

const afd = fs.openSync(file, 'r');
fs.readFile(afd, 'utf8', common.mustSucceed((text) => {
  assert.strictEqual(text, 'abXYZfgh');
  fs.readFile(afd, common.mustSucceed((buf) => {
    assert.strictEqual(buf.length, 0);
    fs.closeSync(afd);
    fs.closeSync(fd);
  }));
}));

'use strict';
// fs.read in all its call shapes: (fd, cb) with a default 16 KiB buffer,
// (fd, { buffer }, cb), (fd, buffer, options, cb), (fd, buffer, offset,
// length, position, cb); a zero length still calls back asynchronously;
// util.promisify resolves { bytesRead, buffer }.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'x.txt');
fs.writeFileSync(file, 'abcdefghij');
const fd = fs.openSync(file, 'r');

fs.read(fd, Buffer.alloc(4), 0, 4, 2, common.mustSucceed((n, buf) => {
  assert.strictEqual(n, 4);
  assert.strictEqual(buf.toString(), 'cdef');
}));

fs.read(fd, { buffer: Buffer.alloc(3), position: 7 }, common.mustSucceed((n, buf) => {
  assert.strictEqual(n, 3);
  assert.strictEqual(buf.toString(), 'hij');
}));

const mine = Buffer.alloc(10, '-');
fs.read(fd, mine, { offset: 8, length: 2, position: 0 }, common.mustSucceed((n, buf) => {
  assert.strictEqual(buf, mine);
  assert.strictEqual(buf.toString(), '--------ab');
}));

const fd2 = fs.openSync(file, 'r');
fs.read(fd2, common.mustSucceed((n, buf) => {
  assert.strictEqual(n, 10);
  assert.strictEqual(buf.length, 16384);
  assert.strictEqual(buf.toString('utf8', 0, n), 'abcdefghij');
  fs.closeSync(fd2);
}));

// A small typed array is filled even though GC may move its bytes.
const small = new Uint8Array(5);
fs.read(fd, small, 0, 5, 0, common.mustSucceed((n) => {
  assert.strictEqual(n, 5);
  assert.strictEqual(Buffer.from(small).toString(), 'abcde');
}));

let sync = true;
fs.read(fd, Buffer.alloc(1), 0, 0, 0, common.mustSucceed((n) => {
  assert.strictEqual(n, 0);
  assert.strictEqual(sync, false);
}));
sync = false;

util.promisify(fs.read)(fd, Buffer.alloc(2), 0, 2, 1).then(common.mustCall((result) => {
  assert.strictEqual(result.bytesRead, 2);
  assert.strictEqual(result.buffer.toString(), 'bc');
}));

fs.read(1e6, Buffer.alloc(1), 0, 1, 0, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EBADF');
  assert.strictEqual(err.syscall, 'read');
}));

assert.throws(() => fs.read(fd, Buffer.alloc(1), 0, 1, 0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});

setTimeout(common.mustCall(() => fs.closeSync(fd)), 50);

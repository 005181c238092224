'use strict';
// fs.write callback forms: (fd, buffer, offset, length, position, cb),
// (fd, buffer, cb), (fd, buffer, options, cb), (fd, string, position,
// encoding, cb), (fd, string, cb); the callback gets (err, written, data).
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'w.txt');
const fd = fs.openSync(file, 'w+');

const steps = [
  (next) => fs.write(fd, Buffer.from('abcdef'), 1, 3, 0, common.mustSucceed((n, buf) => {
    assert.strictEqual(n, 3);
    assert.strictEqual(buf.toString(), 'abcdef');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'bcd');
    next();
  })),
  // Without a position: the file position, which positioned writes leave
  // alone (still 0 here).
  (next) => fs.write(fd, Buffer.from('XYZ'), common.mustSucceed((n) => {
    assert.strictEqual(n, 3);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'XYZ');
    next();
  })),
  (next) => fs.write(fd, Buffer.from('12345'), { offset: 1, length: 2, position: 0 },
                     common.mustSucceed((n) => {
                       assert.strictEqual(n, 2);
                       assert.strictEqual(fs.readFileSync(file, 'utf8'), '23Z');
                       next();
                     })),
  (next) => fs.write(fd, '€', 1, 'utf8', common.mustSucceed((n, str) => {
    assert.strictEqual(n, 3);
    assert.strictEqual(str, '€');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '2€');
    next();
  })),
  (next) => fs.write(fd, 'ff00', 0, 'hex', common.mustSucceed((n) => {
    assert.strictEqual(n, 2);
    next();
  })),
  (next) => fs.write(fd, 'tail', common.mustSucceed((n) => {
    assert.strictEqual(n, 4);
    next();
  })),
  (next) => util.promisify(fs.write)(fd, Buffer.from('p'), 0, 1, 0).then(common.mustCall((r) => {
    assert.deepStrictEqual(Object.keys(r), ['bytesWritten', 'buffer']);
    assert.strictEqual(r.bytesWritten, 1);
    next();
  })),
  (next) => fs.write(fd, new Uint8Array([0x41, 0x42]), 0, 2, 0, common.mustSucceed(() => {
    assert.strictEqual(fs.readFileSync(file).subarray(0, 2).toString(), 'AB');
    next();
  })),
  (next) => {
    fs.closeSync(fd);
    fs.write(fd, 'x', common.mustCall((err) => {
      assert.strictEqual(err.code, 'EBADF');
      assert.strictEqual(err.syscall, 'write');
      next();
    }));
  },
];
let i = 0;
(function next() { if (i < steps.length) steps[i++](next); })();

assert.throws(() => fs.write(fd, Buffer.from('x')), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});

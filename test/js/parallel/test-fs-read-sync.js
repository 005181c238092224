'use strict';
// readSync: offset, length and position (number, bigint, null for the
// current position), the options-object form, and node's range checks.
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'abc.txt');
fs.writeFileSync(file, 'abcdefghij');
const fd = fs.openSync(file, 'r');

const buf = Buffer.alloc(6, '.');
assert.strictEqual(fs.readSync(fd, buf, 1, 3, 2), 3);
assert.strictEqual(buf.toString(), '.cde..');

// null position: reads advance the file position.
assert.strictEqual(fs.readSync(fd, buf, 0, 2, null), 2);
assert.strictEqual(buf.toString('utf8', 0, 2), 'ab');
assert.strictEqual(fs.readSync(fd, buf, 0, 2, null), 2);
assert.strictEqual(buf.toString('utf8', 0, 2), 'cd');

// bigint position.
assert.strictEqual(fs.readSync(fd, buf, 0, 1, 9n), 1);
assert.strictEqual(buf.toString('utf8', 0, 1), 'j');

// Past the end: 0 bytes.
assert.strictEqual(fs.readSync(fd, buf, 0, 4, 100), 0);

// Options object and defaults.
const big = Buffer.alloc(20);
assert.strictEqual(fs.readSync(fd, big, { position: 0 }), 10);
assert.strictEqual(big.toString('utf8', 0, 10), 'abcdefghij');
assert.strictEqual(fs.readSync(fd, big, { offset: 5, length: 2, position: 3 }), 2);
assert.strictEqual(big.toString('utf8', 5, 7), 'de');

// Any ArrayBufferView.
const u16 = new Uint16Array(2);
assert.strictEqual(fs.readSync(fd, u16, 0, 4, 0), 4);
assert.deepStrictEqual(Buffer.from(u16.buffer).toString(), 'abcd');
const dv = new DataView(new ArrayBuffer(3));
assert.strictEqual(fs.readSync(fd, dv, 0, 3, 7), 3);
assert.strictEqual(dv.getUint8(0), 'h'.charCodeAt(0));

// A zero length reads nothing without a system call.
assert.strictEqual(fs.readSync(fd, Buffer.alloc(0), 0, 0, 0), 0);

assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 0, 5, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be <= 4. Received 5',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), -1, 1, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 0, 1, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "position" argument must be of type bigint or integer. Received type string (\'x\')',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 0, 1, -2), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.readSync(fd, 'str'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView.' +
    " Received type string ('str')",
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(0), 0, 1, 0), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'buffer' is empty and cannot be written. Received <Buffer >",
});
assert.throws(() => fs.readSync('1', buf), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fd" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => fs.readSync(-1, buf), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});

fs.closeSync(fd);
assert.throws(() => fs.readSync(fd, buf, 0, 1, 0), {
  code: 'EBADF', syscall: 'read', message: 'EBADF: bad file descriptor, read',
});

'use strict';
// writeSync: Buffers with offset/length/position, the options form,
// strings with position and encoding, and node's checks.
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'w.txt');
const fd = fs.openSync(file, 'w+');

assert.strictEqual(fs.writeSync(fd, Buffer.from('hello world'), 6, 5), 5);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'world');
assert.strictEqual(fs.writeSync(fd, Buffer.from('XY'), 0, 2, 0), 2);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'XYrld');
assert.strictEqual(fs.writeSync(fd, Buffer.from('--'), { offset: 1, length: 1, position: 4 }), 1);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'XYrl-');

// Strings: (fd, string, position, encoding).
assert.strictEqual(fs.writeSync(fd, 'é', 1), 2);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'Xél-');
assert.strictEqual(fs.writeSync(fd, '4142', 0, 'hex'), 2);
assert.strictEqual(fs.readFileSync(file, 'latin1').slice(0, 2), 'AB');
assert.strictEqual(fs.writeSync(fd, 'zz', 0, 'latin1'), 2);
assert.strictEqual(fs.writeSync(fd, 'a', 0, 'utf16le'), 2);
assert.strictEqual(fs.readFileSync(file).subarray(0, 2).toString('utf16le'), 'a');

// Without a position, writes append at the file position.
const fd2 = fs.openSync(path.join(tmp, 'seq.txt'), 'w');
fs.writeSync(fd2, 'one ');
fs.writeSync(fd2, Buffer.from('two '));
fs.writeSync(fd2, new Uint8Array([0x33]));
fs.closeSync(fd2);
assert.strictEqual(fs.readFileSync(path.join(tmp, 'seq.txt'), 'utf8'), 'one two 3');

assert.throws(() => fs.writeSync(fd, 'abc', 0, 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
});
assert.throws(() => fs.writeSync(fd, 42), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, ' +
    'TypedArray, or DataView. Received type number (42)',
});
assert.throws(() => fs.writeSync(fd, Buffer.alloc(2), 3), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be <= 2. Received 3',
});
assert.throws(() => fs.writeSync(fd, Buffer.alloc(2), 1, 2), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be <= 1. Received 2',
});
fs.closeSync(fd);
assert.throws(() => fs.writeSync(fd, 'x'), {
  code: 'EBADF', errno: -9, syscall: 'write', message: 'EBADF: bad file descriptor, write',
});

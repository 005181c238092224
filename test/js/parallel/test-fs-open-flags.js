'use strict';
// open() flag strings map to open(2) flags: 'r' needs the file, 'w'
// truncates, 'wx' refuses an existing file, 'a' appends whatever the
// position, 'r+' writes in place; numbers pass through; anything else is
// ERR_INVALID_ARG_VALUE.
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f.txt');
const { O_WRONLY, O_CREAT, O_TRUNC, O_RDONLY } = fs.constants;

assert.throws(() => fs.openSync(file, 'r'), {
  code: 'ENOENT', syscall: 'open', path: file,
  message: `ENOENT: no such file or directory, open '${file}'`,
});
assert.throws(() => fs.openSync(file, 'r+'), { code: 'ENOENT' });

let fd = fs.openSync(file, 'w');
assert.strictEqual(typeof fd, 'number');
fs.writeSync(fd, 'hello');
fs.closeSync(fd);

assert.throws(() => fs.openSync(file, 'wx'), { code: 'EEXIST', syscall: 'open' });
assert.throws(() => fs.openSync(file, 'xw+'), { code: 'EEXIST' });

// 'a' writes at the end even when a position is given.
fd = fs.openSync(file, 'a');
fs.writeSync(fd, '!', 0);
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello!');

// 'r+' overwrites in place.
fd = fs.openSync(file, 'r+');
fs.writeSync(fd, 'J', 0);
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'Jello!');

// 'w+' truncates and reads back.
fd = fs.openSync(file, 'w+');
fs.writeSync(fd, 'abc');
const buf = Buffer.alloc(3);
assert.strictEqual(fs.readSync(fd, buf, 0, 3, 0), 3);
assert.strictEqual(buf.toString(), 'abc');
fs.closeSync(fd);

// 'r' cannot write.
fd = fs.openSync(file, 'r');
assert.throws(() => fs.writeSync(fd, 'x'), { code: 'EBADF', syscall: 'write' });
fs.closeSync(fd);

// Numeric flags and the synonyms.
fd = fs.openSync(file, O_WRONLY | O_CREAT | O_TRUNC);
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(file, 'utf8'), '');
for (const flags of ['rs', 'sr', 'rs+', 'sr+', 'as', 'sa', 'as+', 'sa+', 'a+', O_RDONLY]) {
  fs.closeSync(fs.openSync(file, flags));
}
fs.closeSync(fs.openSync(file));
fs.closeSync(fs.openSync(file, null));

for (const bad of ['bad', 'R', 'rw', '', true, {}]) {
  assert.throws(() => fs.openSync(file, bad), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
  }, String(bad));
}
assert.throws(() => fs.openSync(file, 'ww'), {
  message: "The argument 'flags' is invalid. Received 'ww'",
});

// The callback form.
fs.open(file, 'wx', (err, fd2) => {
  assert.strictEqual(fd2, undefined);
  assert.strictEqual(err.code, 'EEXIST');
  fs.open(file, (err, fd3) => {
    assert.ifError(err);
    fs.close(fd3, (err) => assert.ifError(err));
  });
});

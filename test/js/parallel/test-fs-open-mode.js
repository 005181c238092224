'use strict';
// File modes: numbers or octal strings for open, writeFile, mkdir, chmod,
// with the process umask applied on creation; bad modes are
// ERR_INVALID_ARG_VALUE / ERR_OUT_OF_RANGE.
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const mask = process.umask();

const a = path.join(tmp, 'a');
fs.closeSync(fs.openSync(a, 'w', 0o640));
assert.strictEqual(fs.statSync(a).mode & 0o777, 0o640 & ~mask);

const b = path.join(tmp, 'b');
fs.closeSync(fs.openSync(b, 'w', '600'));
assert.strictEqual(fs.statSync(b).mode & 0o777, 0o600 & ~mask);

const c = path.join(tmp, 'c');
fs.writeFileSync(c, 'x', { mode: 0o604 });
assert.strictEqual(fs.statSync(c).mode & 0o777, 0o604 & ~mask);

const d = path.join(tmp, 'd');
fs.mkdirSync(d, '700');
assert.strictEqual(fs.statSync(d).mode & 0o777, 0o700 & ~mask);
assert.ok(fs.statSync(d).isDirectory());

fs.chmodSync(a, '755');
assert.strictEqual(fs.statSync(a).mode & 0o777, 0o755);
fs.chmodSync(a, 0o400);
assert.strictEqual(fs.statSync(a).mode & 0o777, 0o400);
const fd = fs.openSync(b, 'r');
fs.fchmodSync(fd, 0o644);
fs.closeSync(fd);
assert.strictEqual(fs.statSync(b).mode & 0o777, 0o644);

assert.throws(() => fs.openSync(a, 'r', 'rwx'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'rwx'",
});
assert.throws(() => fs.chmodSync(a, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mode" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => fs.chmodSync(a, 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "mode" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.chmodSync(a, {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.mkdirSync(path.join(tmp, 'e'), { mode: '9' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received '9'",
});

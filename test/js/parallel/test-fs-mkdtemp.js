'use strict';
// mkdtemp: six random characters after the prefix, a fresh directory each
// time, encodings for the result, and errors naming the template.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const prefix = path.join(tmp, 'pre-');

const a = fs.mkdtempSync(prefix);
const b = fs.mkdtempSync(prefix);
assert.notStrictEqual(a, b);
for (const d of [a, b]) {
  assert.ok(d.startsWith(prefix));
  assert.strictEqual(d.length, prefix.length + 6);
  assert.ok(fs.statSync(d).isDirectory());
}

const buf = fs.mkdtempSync(prefix, { encoding: 'buffer' });
assert.ok(Buffer.isBuffer(buf));
assert.ok(buf.toString().startsWith(prefix));
const hex = fs.mkdtempSync(prefix, 'hex');
assert.ok(Buffer.from(hex, 'hex').toString().startsWith(prefix));
assert.ok(fs.mkdtempSync(Buffer.from(prefix)).startsWith(prefix));

fs.mkdtemp(prefix, common.mustSucceed((dir) => {
  assert.ok(dir.startsWith(prefix));
  assert.ok(fs.statSync(dir).isDirectory());
}));
fs.promises.mkdtemp(prefix).then(common.mustCall((dir) => assert.ok(dir.startsWith(prefix))));

const missing = path.join(tmp, 'no', 'x-');
assert.throws(() => fs.mkdtempSync(missing), {
  code: 'ENOENT', syscall: 'mkdtemp', path: `${missing}XXXXXX`,
  message: `ENOENT: no such file or directory, mkdtemp '${missing}XXXXXX'`,
});
fs.mkdtemp(missing, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'mkdtemp');
}));
assert.throws(() => fs.mkdtempSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "prefix" argument must be of type string or an instance of Buffer or URL. ' +
    'Received type number (5)',
});

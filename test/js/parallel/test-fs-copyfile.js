'use strict';
// copyFile: contents and overwrite by default, COPYFILE_EXCL refusing an
// existing target, FICLONE accepted (falls back to a copy), and the mode
// checks node's binding makes.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const src = path.join(tmp, 'src');
const dest = path.join(tmp, 'dest');
const data = Buffer.alloc(200000);
for (let i = 0; i < data.length; i++) data[i] = i % 251;
fs.writeFileSync(src, data);

fs.copyFileSync(src, dest);
assert.ok(fs.readFileSync(dest).equals(data));
fs.writeFileSync(dest, 'old');
fs.copyFileSync(src, dest, 0);
assert.ok(fs.readFileSync(dest).equals(data));
assert.throws(() => fs.copyFileSync(src, dest, fs.constants.COPYFILE_EXCL), {
  code: 'EEXIST', syscall: 'copyfile', path: src, dest,
  message: `EEXIST: file already exists, copyfile '${src}' -> '${dest}'`,
});
fs.copyFileSync(src, path.join(tmp, 'clone'), fs.constants.COPYFILE_FICLONE);
assert.ok(fs.readFileSync(path.join(tmp, 'clone')).equals(data));

assert.throws(() => fs.copyFileSync(src, dest, 8), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range: >= 0 && <= 7',
});
assert.throws(() => fs.copyFileSync(src, dest, '1'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'mode must be int32 or null/undefined',
});
assert.throws(() => fs.copyFileSync(1, dest), {
  message: 'The "src" argument must be of type string or an instance of Buffer or URL. ' +
    'Received type number (1)',
});

fs.copyFile(src, path.join(tmp, 'cb'), common.mustSucceed(() => {
  assert.ok(fs.readFileSync(path.join(tmp, 'cb')).equals(data));
}));
fs.copyFile(src, dest, fs.constants.COPYFILE_EXCL, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EEXIST');
  assert.strictEqual(err.dest, dest);
}));
fs.promises.copyFile(path.join(tmp, 'none'), dest).catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'copyfile');
}));

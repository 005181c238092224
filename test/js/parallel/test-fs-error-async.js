'use strict';
// Errors reach callbacks and promises with the same shape as the
// synchronous forms throw, and the callback gets only the error.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const missing = path.join(tmp, 'missing');
const file = path.join(tmp, 'file');
fs.writeFileSync(file, 'x');

function same(syncFn, asyncFn, promiseFn) {
  let expected;
  try {
    syncFn();
  } catch (e) {
    expected = e;
  }
  assert.ok(expected, `${syncFn} did not throw`);
  const shape = (e) => ({ message: e.message, keys: Object.keys(e), errno: e.errno,
                          code: e.code, syscall: e.syscall, path: e.path, dest: e.dest });
  asyncFn(common.mustCall(function(err) {
    assert.strictEqual(arguments.length, 1);
    assert.ok(err instanceof Error);
    assert.deepStrictEqual(shape(err), shape(expected));
  }));
  promiseFn().then(common.mustNotCall(), common.mustCall((err) => {
    assert.deepStrictEqual(shape(err), shape(expected));
  }));
}

same(() => fs.openSync(missing), (cb) => fs.open(missing, cb), () => fs.promises.open(missing));
same(() => fs.statSync(missing), (cb) => fs.stat(missing, cb), () => fs.promises.stat(missing));
same(() => fs.readdirSync(file), (cb) => fs.readdir(file, cb), () => fs.promises.readdir(file));
same(() => fs.renameSync(missing, file), (cb) => fs.rename(missing, file, cb),
     () => fs.promises.rename(missing, file));
same(() => fs.mkdirSync(file), (cb) => fs.mkdir(file, cb), () => fs.promises.mkdir(file));
same(() => fs.unlinkSync(missing), (cb) => fs.unlink(missing, cb), () => fs.promises.unlink(missing));
same(() => fs.readFileSync(missing), (cb) => fs.readFile(missing, cb),
     () => fs.promises.readFile(missing));
same(() => fs.readFileSync(tmp), (cb) => fs.readFile(tmp, cb), () => fs.promises.readFile(tmp));
same(() => fs.copyFileSync(missing, file), (cb) => fs.copyFile(missing, file, cb),
     () => fs.promises.copyFile(missing, file));
same(() => fs.accessSync(missing), (cb) => fs.access(missing, cb),
     () => fs.promises.access(missing));
same(() => fs.rmSync(missing), (cb) => fs.rm(missing, cb), () => fs.promises.rm(missing));

// Success without a value calls back with exactly one argument (null).
fs.access(file, common.mustCall(function(err) {
  assert.strictEqual(err, null);
  assert.strictEqual(arguments.length, 1);
}));

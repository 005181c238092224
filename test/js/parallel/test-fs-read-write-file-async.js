'use strict';
// The callback forms of writeFile / readFile / appendFile: results,
// encodings, errors through the callback, and AbortSignal.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'a.txt');

fs.writeFile(file, 'abc€', common.mustSucceed(() => {
  fs.readFile(file, 'utf8', common.mustSucceed((text) => {
    assert.strictEqual(text, 'abc€');
    fs.appendFile(file, Buffer.from('!'), common.mustSucceed(() => {
      fs.readFile(file, common.mustSucceed((buf) => {
        assert.ok(Buffer.isBuffer(buf));
        assert.strictEqual(buf.toString(), 'abc€!');
      }));
      fs.readFile(file, { encoding: 'hex' }, common.mustSucceed((hex) => {
        assert.strictEqual(hex, Buffer.from('abc€!').toString('hex'));
      }));
    }));
  }));
}));

// The callback runs later, never synchronously.
let sync = true;
fs.readFile(__filename, common.mustSucceed(() => assert.strictEqual(sync, false)));
sync = false;

fs.readFile(path.join(tmp, 'missing'), common.mustCall((err, data) => {
  assert.strictEqual(data, undefined);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.path, path.join(tmp, 'missing'));
  assert.strictEqual(err.message,
                     `ENOENT: no such file or directory, open '${path.join(tmp, 'missing')}'`);
}));

// Reading a directory fails in read(2), and the message has no path.
fs.readFile(tmp, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EISDIR');
  assert.strictEqual(err.message, 'EISDIR: illegal operation on a directory, read');
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall']);
}));

fs.writeFile(path.join(tmp, 'no', 'such', 'dir'), 'x', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
}));

const controller = new AbortController();
controller.abort();
fs.readFile(file, { signal: controller.signal }, common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
}));

assert.throws(() => fs.readFile(file), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});
assert.throws(() => fs.writeFile(file, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

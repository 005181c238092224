'use strict';
// access with F_OK/R_OK/W_OK/X_OK, existsSync for any input (false for bad
// ones, never a throw), the deprecated exists() callback and its
// promisified form.
const common = require('../../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-test-fs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, '');
fs.chmodSync(file, 0o644);
const missing = path.join(tmp, 'missing');

assert.strictEqual(fs.F_OK, 0);
assert.strictEqual(fs.R_OK, 4);
assert.strictEqual(fs.W_OK, 2);
assert.strictEqual(fs.X_OK, 1);

fs.accessSync(file);
fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
if (process.getuid() !== 0) {
  assert.throws(() => fs.accessSync(file, fs.constants.X_OK), { code: 'EACCES', syscall: 'access' });
}
assert.throws(() => fs.accessSync(missing), {
  code: 'ENOENT', syscall: 'access', path: missing,
  message: `ENOENT: no such file or directory, access '${missing}'`,
});
assert.throws(() => fs.accessSync(file, 8), {
  code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range: >= 0 && <= 7',
});

assert.strictEqual(fs.existsSync(file), true);
assert.strictEqual(fs.existsSync(tmp), true);
assert.strictEqual(fs.existsSync(missing), false);
assert.strictEqual(fs.existsSync(Buffer.from(file)), true);
assert.strictEqual(fs.existsSync(new URL(`file://${file}`)), true);
for (const bad of [undefined, null, 42, {}, 'a\u0000b', true]) {
  assert.strictEqual(fs.existsSync(bad), false);
}

fs.access(file, fs.constants.R_OK, common.mustCall(function(err) {
  assert.strictEqual(err, null);
}));
fs.access(missing, common.mustCall((err) => assert.strictEqual(err.code, 'ENOENT')));
fs.exists(file, common.mustCall((yes) => assert.strictEqual(yes, true)));
fs.exists(missing, common.mustCall((yes) => assert.strictEqual(yes, false)));
fs.exists(42, common.mustCall((yes) => assert.strictEqual(yes, false)));
util.promisify(fs.exists)(file).then(common.mustCall((yes) => assert.strictEqual(yes, true)));
assert.throws(() => fs.exists(file), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});
fs.promises.access(missing, fs.constants.F_OK).catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));

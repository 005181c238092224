'use strict';
// path/posix, path/win32, util/types, process and sys are aliases.
const assert = require('assert');
const path = require('path');
const util = require('util');

assert.strictEqual(require('path/posix'), path.posix);
assert.strictEqual(require('path/win32'), path.win32);
assert.strictEqual(require('node:path/win32').sep, '\\');
assert.strictEqual(require('util/types'), util.types);
assert.strictEqual(require('node:util/types').isPromise(Promise.resolve()), true);
assert.strictEqual(require('process'), process);
assert.strictEqual(require('node:process'), process);

let warning;
process.on('warning', (w) => { warning = w; });
assert.strictEqual(require('sys'), util);
setImmediate(() => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0025');
  assert.strictEqual(warning.message, 'sys is deprecated. Use util instead.');
});

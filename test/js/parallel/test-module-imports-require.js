'use strict';
// package.json "imports" (#names) and a package requiring itself by name.
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const app = path.join(__dirname, '..', '..', 'fixtures', 'modules', 'app');
const req = createRequire(path.join(app, 'main.js'));

assert.strictEqual(req('#dep'), 'dep');
assert.strictEqual(req('#ext/one'), 'ext one');
assert.strictEqual(req('#pkg').alpha, 1);
assert.strictEqual(req('#cond'), 'dep');
assert.strictEqual(req('app/self'), 'dep');
assert.strictEqual(req('app'), 'app index');
assert.throws(() => req('#nope'), {
  code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
  message: `Package import specifier "#nope" is not defined in package ${app}/package.json imported from ${app}/main.js`,
});

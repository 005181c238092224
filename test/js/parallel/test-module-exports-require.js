'use strict';
// package.json "exports" under require(): conditions, patterns, null
// targets, escaping targets, and node's error codes.
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'modules');
const req = createRequire(path.join(fixtures, 'index.js'));

assert.deepStrictEqual({ ...req('dual') }, { flavor: 'cjs', kind: 'commonjs' });
assert.strictEqual(req('dual/feature'), 'feature for node');
assert.strictEqual(req('dual/utils/a'), 'util a');
assert.strictEqual(req('dual/package.json').name, 'dual');
assert.strictEqual(req.resolve('dual'), path.join(fixtures, 'node_modules/dual/cjs/index.cjs'));

assert.throws(() => req('dual/utils/secret'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './utils/secret' is not defined by "exports" in ${fixtures}/node_modules/dual/package.json`,
});
assert.throws(() => req('dual/nothing'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.throws(() => req('dual/escape'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: `Invalid "exports" target "../../outside.js" defined for './escape' in the package config ${fixtures}/node_modules/dual/package.json; targets must start with "./"`,
});
assert.throws(() => req('dual/utils/missing'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message.split('\n')[0],
                     `Cannot find module '${fixtures}/node_modules/dual/utils/missing.js'`);
  return true;
});

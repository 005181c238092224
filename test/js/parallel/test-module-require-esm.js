'use strict';
// require() of ES modules without top-level await returns the namespace
// (node 20.19); a .js file that only parses as ESM is loaded as one.
const assert = require('assert');
const path = require('path');

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'modules');
const req = require('module').createRequire(path.join(fixtures, 'index.js'));

const ns = req('esm-only');
assert.strictEqual(ns.answer, 42);
assert.strictEqual(ns.default, 'esm-only default');
const dualEsm = req(path.join(fixtures, 'node_modules/dual/esm/index.mjs'));
assert.strictEqual(dualEsm.flavor, 'esm');
assert.strictEqual(Object.prototype.toString.call(dualEsm), '[object Module]');

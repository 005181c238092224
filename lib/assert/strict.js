// eddy: node:assert/strict, the strict-mode flavour of node:assert
// (equal is strictEqual, deepEqual is deepStrictEqual, and so on).
'use strict';

module.exports = require('assert').strict;

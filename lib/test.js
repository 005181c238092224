// eddy: node:test (only under the node: scheme, like node). The runner is
// lib/internal/test_runner.js; see it for what is built.
'use strict';

const { test, describe, hook, mock, run } = require('internal/test_runner');

module.exports = test;
Object.assign(module.exports, {
  after: hook('after'),
  afterEach: hook('afterEach'),
  before: hook('before'),
  beforeEach: hook('beforeEach'),
  describe,
  it: test,
  mock,
  run,
  suite: describe,
  test,
});

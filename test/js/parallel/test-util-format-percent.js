'use strict';
// util.format %c consumes an argument, %% prints %, unknown directives stay.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.format('%c', 'color: red'),
  '');
assert.strictEqual(
  util.format('a%cb', 'color: red'),
  'ab');
assert.strictEqual(
  util.format('%%'),
  '%%');
assert.strictEqual(
  util.format('%%', 1),
  '% 1');
assert.strictEqual(
  util.format('%% %s', 'a'),
  '% a');
assert.strictEqual(
  util.format('%x', 1),
  '%x 1');
assert.strictEqual(
  util.format('%', 1),
  '% 1');
assert.strictEqual(
  util.format('a%', 1),
  'a% 1');
assert.strictEqual(
  util.format('%s%', 1),
  '1%');
assert.strictEqual(
  util.format('%%s', 1),
  '%s 1');
assert.strictEqual(
  util.format('%%%s', 1),
  '%1');
assert.strictEqual(
  util.format('%-s', 1),
  '%-s 1');
assert.strictEqual(
  util.format('%s'),
  '%s');
assert.strictEqual(
  util.format('%d'),
  '%d');
assert.strictEqual(
  util.format('%s %s', 'a'),
  'a %s');

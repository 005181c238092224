'use strict';
// util.stripVTControlCharacters removes ANSI escape sequences.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain'),
  'red plain');
assert.strictEqual(
  util.stripVTControlCharacters('\u001b]8;;http://x\u0007link\u001b]8;;\u0007'),
  'link');
assert.strictEqual(
  util.stripVTControlCharacters(util.inspect({ a: [1, 'b'] }, { colors: true })),
  "{ a: [ 1, 'b' ] }");
assert.strictEqual(
  (() => { try { util.stripVTControlCharacters(1); return 'no throw'; } catch (e) { return e.code + ': ' + e.message; } })(),
  'ERR_INVALID_ARG_TYPE: The "str" argument must be of type string. Received type number (1)');

'use strict';
// util.inspect of RegExp objects.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect(/ab+c/gi),
  '/ab+c/gi');
assert.strictEqual(
  util.inspect(/x/gimsuy),
  '/x/gimsuy');
assert.strictEqual(
  util.inspect(new RegExp('a/b\n')),
  '/a\\/b\\n/');
assert.strictEqual(
  util.inspect((() => { const r = /a/; r.x = 1; return r; })()),
  '/a/ { x: 1 }');
assert.strictEqual(
  util.inspect((() => { class MyRegExp extends RegExp {} return new MyRegExp('a', 'g'); })()),
  'MyRegExp /a/g');
assert.strictEqual(
  util.inspect(Object.setPrototypeOf(/a/g, null)),
  '[RegExp: null prototype] /a/g');
assert.strictEqual(
  util.inspect({ re: /x/ }),
  '{ re: /x/ }');

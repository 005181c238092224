'use strict';
// util.inspect of errors: brackets without a stack, own properties in braces, names.
const assert = require('node:assert');
const util = require('node:util');

function noStack(err) { err.stack = undefined; return err; }
function withStack(err, stack) { err.stack = stack; return err; }

assert.strictEqual(
  util.inspect(noStack(new Error('msg'))),
  '[Error: msg]');
assert.strictEqual(
  util.inspect(noStack(new TypeError('bad'))),
  '[TypeError: bad]');
assert.strictEqual(
  util.inspect(noStack(new Error(''))),
  '[Error]');
assert.strictEqual(
  util.inspect(Object.assign(noStack(new Error('x')), { code: 'E_X', extra: { a: 1 } })),
  "[Error: x] { code: 'E_X', extra: { a: 1 } }");
assert.strictEqual(
  util.inspect(withStack(new Error('m'), 'Error: m\n    at foo (file.js:1:1)')),
  'Error: m\n    at foo (file.js:1:1)');
assert.strictEqual(
  util.inspect(Object.assign(withStack(new Error('m'), 'Error: m\n    at foo (file.js:1:1)'), { code: 'E' })),
  'Error: m\n' +
    '    at foo (file.js:1:1) {\n' +
    "  code: 'E'\n" +
    '}');
assert.strictEqual(
  util.inspect(withStack(new RangeError('m'), 'Something: m')),
  '[Something: m]');
assert.strictEqual(
  util.inspect((() => { class MyError extends Error {} return withStack(new MyError('sub'), 'Error: sub\n    at x (y.js:1:1)'); })()),
  'MyError: sub\n    at x (y.js:1:1)');
assert.strictEqual(
  util.inspect((() => { const e = withStack(new TypeError('m'), 'TypeError: m'); e.name = 'CustomError'; return e; })()),
  "[TypeError: m] { name: 'CustomError' }");
assert.strictEqual(
  util.inspect(Object.setPrototypeOf(withStack(new Error('np'), 'Error: np\n    at z (a.js:2:3)'), null)),
  '[Error: null prototype]: np\n' +
    '    at z (a.js:2:3)');
assert.strictEqual(
  util.inspect({ err: withStack(new Error('nested'), 'Error: nested\n    at a (b.js:1:1)') }),
  '{\n' +
    '  err: Error: nested\n' +
    '      at a (b.js:1:1)\n' +
    '}');
assert.strictEqual(
  util.inspect(new Error('with stack')).split('\n')[0],
  'Error: with stack');
assert.strictEqual(
  String(util.inspect(new Error('with stack')).split('\n')[1].startsWith('    at ')),
  'true');

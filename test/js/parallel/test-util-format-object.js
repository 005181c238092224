'use strict';
// util.format %o (showHidden, showProxy, depth 4) and %O (inspect).
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.format('%o', { a: [1, 2, { b: { c: { d: { e: { f: 1 } } } } }] }),
  '{\n' +
    '  a: [\n' +
    '    1,\n' +
    '    2,\n' +
    '    { b: { c: { d: [Object] } } },\n' +
    '    [length]: 3\n' +
    '  ]\n' +
    '}');
assert.strictEqual(
  util.format('%o', [1, 2]),
  '[ 1, 2, [length]: 2 ]');
assert.strictEqual(
  util.format('%o', new Proxy({}, {})),
  'Proxy [ {}, {} ]');
assert.strictEqual(
  util.format('%O', { a: { b: { c: { d: 1 } } } }),
  '{ a: { b: { c: [Object] } } }');
assert.strictEqual(
  util.format('%O', 'str'),
  "'str'");
assert.strictEqual(
  util.format('%o', 'str'),
  "'str'");
assert.strictEqual(
  util.format('%o', 42),
  '42');
assert.strictEqual(
  util.format('%o', { fn: function foo() {} }),
  '{\n' +
    '  fn: <ref *1> [Function: foo] {\n' +
    '    [length]: 0,\n' +
    "    [name]: 'foo',\n" +
    '    [prototype]: { [constructor]: [Circular *1] }\n' +
    '  }\n' +
    '}');

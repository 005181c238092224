'use strict';
// util.inspect calls [util.inspect.custom](depth, options, inspect).
const assert = require('node:assert');
const util = require('node:util');

const custom = Symbol.for('nodejs.util.inspect.custom');

assert.strictEqual(
  String(util.inspect.custom === custom),
  'true');
assert.strictEqual(
  util.inspect({ [custom]() { return 'CUSTOM'; } }),
  'CUSTOM');
assert.strictEqual(
  util.inspect({ inner: { [custom](depth, options, inspect) { return { depth, type: typeof inspect, colors: options.colors }; } } }),
  "{ inner: { depth: 1, type: 'function', colors: false } }");
assert.strictEqual(
  util.inspect({ a: { b: { [custom]() { return 'x\ny'; } } } }),
  '{\n  a: {\n    b: x\n    y\n  }\n}');
assert.strictEqual(
  util.inspect((() => { const o = { a: 1, [custom]() { return this; } }; return o; })()),
  '{\n' +
    '  a: 1,\n' +
    '  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n' +
    '}');
assert.strictEqual(
  util.inspect({ x: { [custom](depth, options, inspect) { return 'Foo<' + inspect({ a: [1, 2] }, options) + '>'; } } }),
  '{ x: Foo<{ a: [ 1, 2 ] }> }');
assert.strictEqual(
  util.inspect({ a: { b: { c: { [custom](depth) { return 'depth=' + depth; } } } } }),
  '{ a: { b: { c: depth=-1 } } }');
assert.strictEqual(
  util.inspect({ x: { [custom](depth, options) { return options.stylize('S', 'special'); } } }, { colors: true }),
  '{ x: \u001b[36mS\u001b[39m }');
assert.strictEqual(
  util.inspect((() => { class A { [custom]() { return 'A!'; } } return [new A(), A.prototype]; })()),
  '[ A!, {} ]');
assert.strictEqual(
  util.inspect({ [custom]() { return [1, { a: 2 }]; } }),
  '[ 1, { a: 2 } ]');
assert.strictEqual(
  util.inspect({ [custom]() { return 'CUSTOM'; } }, { customInspect: false }),
  '{\n' +
    '  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n' +
    '}');
assert.strictEqual(
  util.inspect({ x: { [custom](d, options) { return String(options.userOption); } } }, { userOption: 42 }),
  '{ x: 42 }');

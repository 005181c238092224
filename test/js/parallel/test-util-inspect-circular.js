'use strict';
// util.inspect marks circular references with <ref *n> and [Circular *n].
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(
  util.inspect((() => { const o = { a: 1 }; o.self = o; return o; })()),
  '<ref *1> { a: 1, self: [Circular *1] }');
assert.strictEqual(
  util.inspect((() => { const a = { n: 'a' }; const b = { n: 'b', a }; a.b = b; a.arr = [a, b]; b.self = b; return a; })()),
  '<ref *1> {\n' +
    "  n: 'a',\n" +
    "  b: <ref *2> { n: 'b', a: [Circular *1], self: [Circular *2] },\n" +
    '  arr: [\n' +
    '    [Circular *1],\n' +
    "    <ref *2> { n: 'b', a: [Circular *1], self: [Circular *2] }\n" +
    '  ]\n' +
    '}');
assert.strictEqual(
  util.inspect((() => { const m = new Map(); m.set('m', m); return m; })()),
  "<ref *1> Map(1) { 'm' => [Circular *1] }");
assert.strictEqual(
  util.inspect((() => { const a = [1]; a.push(a); return a; })()),
  '<ref *1> [ 1, [Circular *1] ]');
assert.strictEqual(
  util.inspect((() => { const o = {}; o.o = o; return { x: o }; })(), { compact: true }),
  '{ x: <ref *1> { o: [Circular *1] } }');

'use strict';
// WebAssembly's promise APIs (compile, instantiate with bytes or a Module)
// resolve, reject bad bytes with a CompileError, and keep the process alive
// until they settle (their promises are settled from an engine helper
// thread through the runtime's event-loop dispatch).
const assert = require('assert');
const common = require('../../common');

// (module (func (export "add") (param i32 i32) (result i32)
//   local.get 0 local.get 1 i32.add))
const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127,
  3, 2, 1, 0, 7, 7, 1, 3, 97, 100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11]);

assert.strictEqual(WebAssembly.compile.length, 1);
assert.strictEqual(WebAssembly.instantiate.name, 'instantiate');

WebAssembly.compile(bytes).then(common.mustCall((module) => {
  assert.ok(module instanceof WebAssembly.Module);
  return WebAssembly.instantiate(module);
})).then(common.mustCall((instance) => {
  assert.ok(instance instanceof WebAssembly.Instance);
  assert.strictEqual(instance.exports.add(2, 3), 5);
}));

WebAssembly.instantiate(bytes).then(common.mustCall(({ module, instance }) => {
  assert.ok(module instanceof WebAssembly.Module);
  assert.strictEqual(instance.exports.add(40, 2), 42);
}));

assert.rejects(WebAssembly.compile(new Uint8Array([1, 2, 3])), WebAssembly.CompileError)
  .then(common.mustCall());
assert.rejects(WebAssembly.instantiate(bytes.subarray(0, 20)), WebAssembly.CompileError)
  .then(common.mustCall());

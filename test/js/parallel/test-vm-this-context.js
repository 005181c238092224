'use strict';
// vm.runInThisContext / vm.Script / vm.compileFunction in the main realm.
const assert = require('assert');
const vm = require('vm');

assert.strictEqual(vm.runInThisContext('1 + 2'), 3);
assert.strictEqual(vm.runInThisContext('this'), globalThis);
vm.runInThisContext('var vmTestGlobal = 42');
assert.strictEqual(globalThis.vmTestGlobal, 42);


const script = new vm.Script('typeof counter === "number" ? ++counter : (counter = 1)',
                             { filename: 'my-script.js' });
assert.deepStrictEqual(Object.keys(script), ['sourceMapURL']);
assert.strictEqual(script.runInThisContext(), 1);
assert.strictEqual(script.runInThisContext(), 2);
delete globalThis.counter;

// Syntax errors throw at construction.
assert.throws(() => new vm.Script('('), SyntaxError);
// Errors carry the script's file name and line offset.
const err = assert.throws || null;
try {
  vm.runInThisContext('\n\nthrow new Error("here")', { filename: 'named.vm', lineOffset: 10 });
  assert.fail('did not throw');
} catch (e) {
  assert.strictEqual(e.message, 'here');
  assert.match(e.stack, /named\.vm:13/);
}

const add = vm.compileFunction('return a + b', ['a', 'b']);
assert.strictEqual(add(2, 3), 5);
assert.strictEqual(add.length, 2);

assert.throws(() => new vm.Script('1', { lineOffset: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.runInThisContext('1', { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => vm.compileFunction(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(typeof vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, 'symbol');
void err;

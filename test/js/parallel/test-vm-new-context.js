'use strict';
// createContext / runInContext / runInNewContext / isContext.
const assert = require('assert');
const vm = require('vm');

// A new context has its own built-ins and none of eddy's/node's globals.
assert.notStrictEqual(vm.runInNewContext('Array'), Array);
assert.strictEqual(vm.runInNewContext('typeof require'), 'undefined');
assert.strictEqual(vm.runInNewContext('typeof process'), 'undefined');
assert.deepStrictEqual(Array.from(vm.runInNewContext('[1, 2].map((x) => x * k)', { k: 3 })), [3, 6]);

// The sandbox's properties are globals; assignments come back.
const sandbox = { a: 1 };
assert.strictEqual(vm.createContext(sandbox), sandbox);
assert.strictEqual(vm.isContext(sandbox), true);
assert.strictEqual(vm.isContext({}), false);
assert.strictEqual(vm.runInContext('a + 1', sandbox), 2);
vm.runInContext('b = a * 10; var c = "var"', sandbox);
assert.strictEqual(sandbox.b, 10);
assert.strictEqual(sandbox.c, 'var');
sandbox.a = 5;
assert.strictEqual(vm.runInContext('a', sandbox), 5);
assert.strictEqual(vm.runInContext('this', sandbox).a, 5);

// State persists between runs of the same context.
const script = new vm.Script('count = (typeof count === "number" ? count : 0) + 1');
const ctx = vm.createContext({});
script.runInContext(ctx);
script.runInContext(ctx);
assert.strictEqual(ctx.count, 2);

// Functions from outside can be called inside.
const calls = [];
vm.runInNewContext('record(1, "two")', { record: (...args) => calls.push(args) });
assert.deepStrictEqual(calls, [[1, 'two']]);

// Errors thrown inside are the context's own classes.
try {
  vm.runInNewContext('throw new TypeError("inner")');
  assert.fail('did not throw');
} catch (e) {
  assert.strictEqual(e instanceof TypeError, false);
  assert.strictEqual(e.name, 'TypeError');
  assert.strictEqual(e.message, 'inner');
}
assert.throws(() => vm.runInNewContext('('), (e) => e.name === 'SyntaxError');

assert.throws(() => vm.runInContext('1', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.createContext(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.isContext(5), { code: 'ERR_INVALID_ARG_TYPE' });

// Promise jobs of a context run.
vm.runInNewContext('Promise.resolve(7).then(done)', {
  done: (v) => { assert.strictEqual(v, 7); calls.push('promise'); },
});
process.on('exit', () => assert.strictEqual(calls[calls.length - 1], 'promise'));

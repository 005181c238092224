'use strict';
// A context's global as scripts see it (`this`, globalThis) is handed out as
// such, not as the contextified object: it has the built-ins as own
// properties, and writes to it reach the object. Defining read-only
// built-in names (NaN, undefined) on the object does not break later runs
// (jest's environment does that).
const assert = require('assert');
const vm = require('vm');

const sandbox = vm.createContext({ a: 1 });
const g = vm.runInContext('this', sandbox);
assert.notStrictEqual(g, sandbox);
assert.strictEqual(g.a, 1);
assert.strictEqual(typeof g.Array, 'function');
assert.notStrictEqual(g.Array, Array);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(g, 'NaN'),
                       { value: NaN, writable: false, enumerable: false, configurable: false });
assert.ok(Object.getOwnPropertyNames(g).includes('Object'));
g.b = 2;
assert.strictEqual(vm.runInContext('b', sandbox), 2);
assert.strictEqual(sandbox.b, 2);

for (const key of ['NaN', 'undefined', 'Infinity']) {
  Object.defineProperty(sandbox, key, { value: globalThis[key], writable: true, configurable: true });
}
assert.strictEqual(vm.runInContext('a + b', sandbox), 3);
assert.ok(Number.isNaN(vm.runInContext('NaN', sandbox)));

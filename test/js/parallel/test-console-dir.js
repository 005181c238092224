'use strict';
// dir() inspects one value to stdout with the given options; custom
// inspect functions are ignored unless customInspect: true.
const assert = require('node:assert');
const { Console } = require('node:console');

let out = '';
const c = new Console({
  stdout: { write(chunk) { out += chunk; } }, ignoreErrors: false, colorMode: false,
});
function dir(...args) {
  out = '';
  c.dir(...args);
  return out;
}

const nested = { a: { b: { c: { d: { e: 1 } } } } };
assert.strictEqual(dir(nested), '{ a: { b: { c: [Object] } } }\n');
assert.strictEqual(dir(nested, { depth: 0 }), '{ a: [Object] }\n');
assert.strictEqual(dir(nested, { depth: Infinity }), '{\n  a: {\n    b: { c: { d: { e: 1 } } }\n  }\n}\n');
assert.strictEqual(dir('str', 'ignored'), "'str'\n");
assert.strictEqual(dir([1, 2, 3], { maxArrayLength: 1 }), '[ 1, ... 2 more items ]\n');
assert.strictEqual(dir({ a: 1 }, { colors: true }), '{ a: \x1b[33m1\x1b[39m }\n');

const custom = { x: 1, [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } };
assert.strictEqual(dir(custom, { breakLength: Infinity }),
  '{ x: 1, [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]] }\n');
assert.strictEqual(dir(custom, { customInspect: true }), 'CUSTOM\n');

// The console's own inspectOptions apply, the call's options win.
out = '';
const c2 = new Console({
  stdout: { write(chunk) { out += chunk; } },
  ignoreErrors: false,
  inspectOptions: { depth: 0 },
});
c2.dir(nested);
c2.dir(nested, { depth: 1 });
assert.strictEqual(out, '{ a: [Object] }\n{ a: { b: [Object] } }\n');

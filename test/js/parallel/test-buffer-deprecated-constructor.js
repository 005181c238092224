'use strict';
// Buffer(...) and new Buffer(...) still work (numbers allocate, everything
// else goes to Buffer.from) and emit DEP0005 once for code outside
// node_modules.
const assert = require('node:assert');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

assert.deepStrictEqual([...new Buffer(3)], [0, 0, 0]);
assert.strictEqual(Buffer('abc').toString(), 'abc');
assert.strictEqual(new Buffer('6162', 'hex').toString(), 'ab');
assert.strictEqual(Buffer([1, 2]).length, 2);
assert.ok(new Buffer(1) instanceof Buffer);
assert.throws(() => Buffer(5, 'hex'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string. Received type number (5)',
});

setImmediate(() => {
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].name, 'DeprecationWarning');
  assert.strictEqual(warnings[0].code, 'DEP0005');
  assert.match(warnings[0].message, /^Buffer\(\) is deprecated due to security and usability issues/);
});

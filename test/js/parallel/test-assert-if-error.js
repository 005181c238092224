'use strict';
// assert.ifError(): passes on null/undefined, throws an AssertionError that
// names the value otherwise, and continues the stack with the original one.
const assert = require('node:assert');

function caught(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

assert.strictEqual(assert.ifError(null), undefined);
assert.strictEqual(assert.ifError(undefined), undefined);

const original = new Error('boom');
let err = caught(() => assert.ifError(original));
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.message, 'ifError got unwanted exception: boom');
assert.strictEqual(err.operator, 'ifError');
assert.strictEqual(err.actual, original);
assert.strictEqual(err.expected, null);
assert.strictEqual(err.generatedMessage, false);
// The original error's frames follow the new ones.
const origFrames = original.stack.slice(original.stack.indexOf('\n    at') + 1);
assert.ok(err.stack.endsWith(origFrames));
assert.ok(err.stack.startsWith('AssertionError [ERR_ASSERTION]: ifError got unwanted exception: boom\n'));

assert.strictEqual(caught(() => assert.ifError('str')).message,
                   "ifError got unwanted exception: 'str'");
assert.strictEqual(caught(() => assert.ifError(0)).message, 'ifError got unwanted exception: 0');
assert.strictEqual(caught(() => assert.ifError(false)).message,
                   'ifError got unwanted exception: false');
assert.strictEqual(caught(() => assert.ifError({ message: 'x' })).message,
                   'ifError got unwanted exception: x');
// An empty message names the constructor instead.
assert.strictEqual(caught(() => assert.ifError(new TypeError(''))).message,
                   'ifError got unwanted exception: TypeError');

'use strict';
// AssertionError: its own properties, name/code, toString(), the stack header
// with the code, and the messages it builds from options.
const assert = require('node:assert');
const { AssertionError } = assert;

assert.strictEqual(typeof AssertionError, 'function');
assert.strictEqual(AssertionError.name, 'AssertionError');
assert.strictEqual(AssertionError.length, 1);
assert.ok(Object.getPrototypeOf(AssertionError.prototype) === Error.prototype);

let err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.ok(err instanceof Error);
assert.strictEqual(err.name, 'AssertionError');
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(err.generatedMessage, true);
assert.strictEqual(err.actual, 1);
assert.strictEqual(err.expected, 2);
assert.strictEqual(err.operator, 'strictEqual');
assert.deepStrictEqual(Object.keys(err),
                       ['generatedMessage', 'code', 'actual', 'expected', 'operator']);
const nameDesc = Object.getOwnPropertyDescriptor(err, 'name');
assert.strictEqual(nameDesc.value, 'AssertionError');
assert.strictEqual(nameDesc.enumerable, false);
assert.strictEqual(String(err),
                   'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n');
assert.ok(err.stack.startsWith(
  'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n'));

err = new AssertionError({ message: 'hi' });
assert.strictEqual(err.message, 'hi');
assert.strictEqual(err.generatedMessage, false);
assert.strictEqual(err.operator, undefined);

// Other operators.
assert.strictEqual(new AssertionError({ actual: 1, expected: 2, operator: '>' }).message, '1 > 2');
assert.strictEqual(new AssertionError({ actual: 1, expected: 2 }).message, '1 undefined 2');
assert.strictEqual(new AssertionError({ actual: [1], expected: [2], operator: 'deepEqual' }).message,
                   'Expected values to be loosely deep-equal:\n\n[\n  1\n]\n\n' +
                   'should loosely deep-equal\n\n[\n  2\n]');
assert.strictEqual(new AssertionError({ actual: 1, expected: 2, operator: 'notDeepEqual' }).message,
                   'Expected values not to be loosely deep-equal:\n\n1\n\n' +
                   'should not loosely deep-equal\n\n2');

// The stack starts at the caller of stackStartFn.
function outer() {
  return new AssertionError({ message: 'x', stackStartFn: outer });
}
function caller() { return outer(); }
const frames = caller().stack.split('\n');
assert.strictEqual(frames[0], 'AssertionError [ERR_ASSERTION]: x');
assert.match(frames[1], /^ {4}at caller \(/);

assert.throws(() => new AssertionError(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received undefined',
});

// Every assertion failure is an AssertionError.
try {
  assert.strictEqual(1, 2);
} catch (e) {
  assert.ok(e instanceof AssertionError);
  assert.strictEqual(e.constructor, AssertionError);
}

'use strict';
// assert.throws(): the error may be checked by class, RegExp, validation
// function or object of expected properties; failures say what differed.
const assert = require('node:assert');

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    return err.code === 'ERR_ASSERTION' ? err.message : `${err.code}: ${err.message}`;
  }
  throw new Error('did not throw');
}

const thrower = (err) => () => { throw err; };

// Passing forms return undefined.
assert.strictEqual(assert.throws(thrower(new TypeError('x'))), undefined);
assert.throws(thrower(new TypeError('x')), TypeError);
assert.throws(thrower(new TypeError('x')), Error);
assert.throws(thrower(new Error('xyz')), /y/);
assert.throws(thrower(new Error('x')), (e) => e.message === 'x');
assert.throws(thrower(new Error('x')), { name: 'Error', message: 'x' });
assert.throws(thrower(new Error('abc')), { message: /b/ });
assert.throws(thrower(Object.assign(new Error('x'), { code: 'E' })), { code: 'E' });
assert.throws(thrower(new Error('x')), new Error('x'));
assert.throws(thrower(new Error('x')), Error, 'message is ignored when passing');

// Missing exceptions.
assert.strictEqual(messageOf(() => assert.throws(() => {})), 'Missing expected exception.');
assert.strictEqual(messageOf(() => assert.throws(() => {}, 'msg')),
                   'Missing expected exception: msg');
assert.strictEqual(messageOf(() => assert.throws(() => {}, TypeError)),
                   'Missing expected exception (TypeError).');
assert.strictEqual(messageOf(() => assert.throws(() => {}, TypeError, 'msg')),
                   'Missing expected exception (TypeError): msg');
assert.strictEqual(messageOf(() => assert.throws(() => {}, function foo() {})),
                   'Missing expected exception (foo).');

// Wrong class.
assert.strictEqual(messageOf(() => assert.throws(thrower(new Error('x')), TypeError)),
                   'The error is expected to be an instance of "TypeError". Received "Error"\n\n' +
                   'Error message:\n\nx');
// RegExp mismatch.
assert.strictEqual(messageOf(() => assert.throws(thrower(new Error('x')), /y/)),
                   "The input did not match the regular expression /y/. Input:\n\n'Error: x'\n");
// Validation function returning something other than true.
assert.strictEqual(messageOf(() => assert.throws(thrower(new Error('x')), () => false)),
                   'The validation function is expected to return "true". Received false\n\n' +
                   'Caught error:\n\nError: x');
assert.strictEqual(messageOf(() => assert.throws(thrower(new Error('x')),
                                                 function named() { return 1; })),
                   'The "named" validation function is expected to return "true". Received 1\n\n' +
                   'Caught error:\n\nError: x');
// Object validation: a diff of the listed keys.
assert.strictEqual(messageOf(() => assert.throws(thrower(new Error('x')), { message: 'y' })),
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   "  Comparison {\n+   message: 'x'\n-   message: 'y'\n  }");
assert.strictEqual(
  messageOf(() => assert.throws(thrower(new Error('x')), { message: 'x', name: 'TypeError' })),
  'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
  "  Comparison {\n    message: 'x',\n+   name: 'Error'\n-   name: 'TypeError'\n  }");
assert.strictEqual(messageOf(() => assert.throws(thrower(new Error('x')), { message: 'y' }, 'mine')),
                   'mine');

// Invalid arguments.
assert.strictEqual(messageOf(() => assert.throws('notfn')),
                   'ERR_INVALID_ARG_TYPE: The "fn" argument must be of type function. ' +
                   "Received type string ('notfn')");
assert.strictEqual(messageOf(() => assert.throws(thrower(new Error('x')), 5)),
                   'ERR_INVALID_ARG_TYPE: The "error" argument must be of type function or an ' +
                   'instance of Error, RegExp, or Object. Received type number (5)');
assert.strictEqual(messageOf(() => assert.throws(thrower(new Error('x')), {})),
                   "ERR_INVALID_ARG_VALUE: The argument 'error' may not be an empty object. " +
                   'Received {}');
assert.strictEqual(messageOf(() => assert.throws(thrower(new Error('x')), 'x')),
                   'ERR_AMBIGUOUS_ARGUMENT: The "error/message" argument is ambiguous. ' +
                   'The error message "x" is identical to the message.');

// The AssertionError carries what was caught.
try {
  assert.throws(thrower(new Error('x')), TypeError);
} catch (err) {
  assert.strictEqual(err.operator, 'throws');
  assert.strictEqual(err.expected, TypeError);
  assert.strictEqual(err.actual.message, 'x');
  assert.strictEqual(err.generatedMessage, true);
}

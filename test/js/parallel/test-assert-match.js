'use strict';
// assert.match() / doesNotMatch(): test a string against a RegExp.
const assert = require('node:assert');

function caught(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

assert.strictEqual(assert.match('abc', /b/), undefined);
assert.strictEqual(assert.doesNotMatch('abc', /x/), undefined);

let err = caught(() => assert.match('abc', /x/));
assert.strictEqual(err.message,
                   "The input did not match the regular expression /x/. Input:\n\n'abc'\n");
assert.strictEqual(err.operator, 'match');
assert.strictEqual(err.actual, 'abc');
assert.ok(err.expected instanceof RegExp);
assert.strictEqual(err.generatedMessage, true);

err = caught(() => assert.doesNotMatch('abc', /b/));
assert.strictEqual(err.message,
                   "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n");
assert.strictEqual(err.operator, 'doesNotMatch');

err = caught(() => assert.match(123, /x/));
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.message,
                   'The "string" argument must be of type string. Received type number (123)');
err = caught(() => assert.doesNotMatch(1, /b/));
assert.strictEqual(err.message,
                   'The "string" argument must be of type string. Received type number (1)');

err = caught(() => assert.match('abc', /x/, 'mine'));
assert.strictEqual(err.message, 'mine');
assert.strictEqual(err.generatedMessage, false);
const custom = new RangeError('r');
assert.strictEqual(caught(() => assert.match('abc', /x/, custom)), custom);

err = caught(() => assert.match('abc', 'x'));
assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(err.message, 'The "regexp" argument must be an instance of RegExp. ' +
                   "Received type string ('x')");

'use strict';
// assert.doesNotThrow(): rethrows errors that do not match the given filter
// and reports matching ones as "Got unwanted exception".
const assert = require('node:assert');

function caught(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

assert.strictEqual(assert.doesNotThrow(() => 1), undefined);
assert.doesNotThrow(() => {}, 'message');

let err = caught(() => assert.doesNotThrow(() => { throw new Error('x'); }));
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.message, 'Got unwanted exception.\nActual message: "x"');
assert.strictEqual(err.operator, 'doesNotThrow');
assert.strictEqual(err.generatedMessage, false);
assert.strictEqual(err.actual.message, 'x');

err = caught(() => assert.doesNotThrow(() => { throw new Error('x'); }, 'msg'));
assert.strictEqual(err.message, 'Got unwanted exception: msg\nActual message: "x"');

err = caught(() => assert.doesNotThrow(() => { throw new TypeError('x'); }, TypeError, 'msg'));
assert.strictEqual(err.message, 'Got unwanted exception: msg\nActual message: "x"');
assert.strictEqual(err.expected, TypeError);

err = caught(() => assert.doesNotThrow(() => { throw new TypeError('x'); }, /x/));
assert.strictEqual(err.message, 'Got unwanted exception.\nActual message: "x"');

err = caught(() => assert.doesNotThrow(() => { throw 'str'; })); // eslint-disable-line no-throw-literal
assert.strictEqual(err.message, 'Got unwanted exception.\nActual message: "undefined"');

// Non-matching errors go through untouched.
const original = new TypeError('x');
assert.strictEqual(caught(() => assert.doesNotThrow(() => { throw original; }, RangeError)),
                   original);
const other = new Error('x');
assert.strictEqual(caught(() => assert.doesNotThrow(() => { throw other; }, /y/)), other);

err = caught(() => assert.doesNotThrow(() => { throw new Error('x'); }, {}));
assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(err.message, 'The "expected" argument must be of type function or an ' +
                   'instance of RegExp. Received an instance of Object');
err = caught(() => assert.doesNotThrow('x'));
assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');

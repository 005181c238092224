'use strict';
// assert.fail(): 'Failed' by default, a message or Error as the only
// argument, and the deprecated 2-4 argument form (warned about once).
const assert = require('node:assert');

function caught(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

const warnings = [];
process.on('warning', (w) => warnings.push(w));

let err = caught(() => assert.fail());
assert.strictEqual(err.message, 'Failed');
assert.strictEqual(err.generatedMessage, true);
assert.strictEqual(err.operator, 'fail');
assert.strictEqual(err.actual, undefined);
assert.strictEqual(err.expected, undefined);

err = caught(() => assert.fail('boom'));
assert.strictEqual(err.message, 'boom');
assert.strictEqual(err.generatedMessage, false);
assert.strictEqual(err.operator, 'fail');

const custom = new TypeError('te');
assert.strictEqual(caught(() => assert.fail(custom)), custom);

err = caught(() => assert.fail(null));
assert.strictEqual(err.message, 'Failed');

// Legacy forms.
err = caught(() => assert.fail(1, 2));
assert.strictEqual(err.message, '1 != 2');
assert.strictEqual(err.operator, '!=');
assert.strictEqual(err.actual, 1);
assert.strictEqual(err.expected, 2);
assert.strictEqual(err.generatedMessage, true);

err = caught(() => assert.fail(1, 2, undefined, '>'));
assert.strictEqual(err.message, '1 > 2');
assert.strictEqual(err.operator, '>');

err = caught(() => assert.fail(1, 2, 'm'));
assert.strictEqual(err.message, 'm');
assert.strictEqual(err.operator, 'fail');
assert.strictEqual(err.generatedMessage, false);

err = caught(() => assert.fail(1, 2, 'm', '>'));
assert.strictEqual(err.message, 'm');
assert.strictEqual(err.operator, '>');

err = caught(() => assert.fail(undefined, undefined));
assert.strictEqual(err.message, 'undefined != undefined');

setImmediate(() => {
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].name, 'DeprecationWarning');
  assert.strictEqual(warnings[0].code, 'DEP0094');
  assert.strictEqual(warnings[0].message,
                     'assert.fail() with more than one argument is deprecated. ' +
                     'Please use assert.strictEqual() instead or only pass a message.');
});

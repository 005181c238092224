'use strict';
// strictEqual(): generated messages show short primitives side by side, longer
// ones as a `+ actual - expected` diff with a caret at the first difference,
// and keep the comparison under a custom message.
const assert = require('node:assert');

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return err.message;
  }
  throw new Error('did not throw');
}

assert.strictEqual(messageOf(() => assert.strictEqual(1, 2)),
                   'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(messageOf(() => assert.strictEqual('a', 'b')),
                   "Expected values to be strictly equal:\n\n'a' !== 'b'\n");
assert.strictEqual(messageOf(() => assert.strictEqual(1, '1')),
                   "Expected values to be strictly equal:\n\n1 !== '1'\n");
assert.strictEqual(messageOf(() => assert.strictEqual(NaN, 0)),
                   'Expected values to be strictly equal:\n\nNaN !== 0\n');
assert.strictEqual(messageOf(() => assert.strictEqual(1n, 1)),
                   'Expected values to be strictly equal:\n\n1n !== 1\n');

// 0 and -0 are never shown in the short form.
assert.strictEqual(messageOf(() => assert.strictEqual(0, -0)),
                   'Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0');

// Longer single lines get a caret under the first difference (after 3 chars).
assert.strictEqual(messageOf(() => assert.strictEqual('hello world', 'hello there')),
                   'Expected values to be strictly equal:\n+ actual - expected\n\n' +
                   "+ 'hello world'\n- 'hello there'\n         ^");
assert.strictEqual(messageOf(() => assert.strictEqual(123456, 1234567)),
                   'Expected values to be strictly equal:\n+ actual - expected\n\n' +
                   '+ 123456\n- 1234567\n        ^');
assert.strictEqual(messageOf(() => assert.strictEqual(undefined, null)),
                   'Expected values to be strictly equal:\n+ actual - expected\n\n' +
                   '+ undefined\n- null');

// Distinct objects: identity, not contents, is the complaint.
assert.strictEqual(messageOf(() => assert.strictEqual({ a: 1 }, { a: 1 })),
                   'Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n');
assert.strictEqual(messageOf(() => assert.strictEqual({ a: 1 }, { a: 2 })),
                   'Expected "actual" to be reference-equal to "expected":\n' +
                   '+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }');

// A custom message replaces only the headline.
assert.strictEqual(messageOf(() => assert.strictEqual(1, 2, 'custom')),
                   'custom\n\n1 !== 2\n');
assert.strictEqual(messageOf(() => assert.strictEqual({ a: 1 }, { a: 2 }, 'mine')),
                   'mine\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }');

// An Error as the message is thrown as is.
const boom = new TypeError('boom');
assert.throws(() => assert.strictEqual(1, 2, boom), (err) => err === boom);

// Passing checks return undefined.
assert.strictEqual(assert.strictEqual(NaN, NaN), undefined);

'use strict';
// assert(value) / assert.ok(value) without a message quote the failing call
// from the source file.
const assert = require('node:assert');

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.operator, '==');
    assert.strictEqual(err.expected, true);
    return [err.message, err.generatedMessage, err.actual];
  }
  throw new Error('did not throw');
}

const head = 'The expression evaluated to a falsy value:\n\n  ';

assert.deepStrictEqual(messageOf(() => assert.ok(typeof 123 === 'string')),
                       [`${head}assert.ok(typeof 123 === 'string')\n`, true, false]);
assert.deepStrictEqual(messageOf(() => assert(null)), [`${head}assert(null)\n`, true, null]);
assert.deepStrictEqual(messageOf(() => assert.strict.ok('')),
                       [`${head}assert.strict.ok('')\n`, true, '']);
assert.deepStrictEqual(messageOf(() => (0, assert.ok)(0)), [`${head}(0, assert.ok)(0)\n`, true, 0]);
assert.deepStrictEqual(messageOf(() => assert['ok'](0)), [`${head}assert['ok'](0)\n`, true, 0]);
assert.deepStrictEqual(messageOf(() => assert.ok([1, 2].map((x) => x * 2).includes(5))),
                       [`${head}assert.ok([1, 2].map((x) => x * 2).includes(5))\n`, true, false]);
assert.deepStrictEqual(messageOf(() => assert.ok(/\)/.test('x') /* ) */)),
                       [`${head}assert.ok(/\\)/.test('x') /* ) */)\n`, true, false]);
assert.deepStrictEqual(messageOf(() => { const list = [assert.ok(1), assert(0, )]; return list; }),
                       [`${head}assert(0, )\n`, true, 0]);

// Multi-line calls keep their shape, re-indented by two spaces.
assert.deepStrictEqual(messageOf(() => {
  assert.ok(
    1 === 2 &&
      3
  );
}), [`${head}assert.ok(\n    1 === 2 &&\n      3\n  )\n`, true, false]);

// No argument at all, a custom message, and an Error as the message.
assert.deepStrictEqual(messageOf(() => assert.ok()),
                       ['No value argument passed to `assert.ok()`', true, undefined]);
assert.deepStrictEqual(messageOf(() => assert(0, 'custom')), ['custom', false, 0]);
const err = new RangeError('mine');
assert.throws(() => assert.ok(false, err), (e) => e === err);

// Truthy values pass.
assert.ok(1);
assert(true);
assert.ok({});

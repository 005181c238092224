'use strict';
// node:assert/strict and assert.strict: the loose methods become their strict
// counterparts; everything else is shared with node:assert.
const assert = require('node:assert');
const strict = require('node:assert/strict');

assert.strictEqual(strict, assert.strict);
assert.strictEqual(require('assert/strict'), strict);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(strict.ok, assert.ok);
assert.strictEqual(strict.AssertionError, assert.AssertionError);
assert.strictEqual(strict.throws, assert.throws);
assert.strictEqual(strict.name, 'strict');
assert.strictEqual(assert.name, 'ok');

const keys = ['fail', 'AssertionError', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
              'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual',
              'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError', 'match',
              'doesNotMatch', 'CallTracker', 'strict'];
assert.deepStrictEqual(Object.keys(assert), keys);
assert.deepStrictEqual(Object.keys(strict), keys);

assert.throws(() => strict.equal(1, '1'), {
  message: "Expected values to be strictly equal:\n\n1 !== '1'\n",
  operator: 'strictEqual',
});
assert.throws(() => strict.deepEqual([1], ['1']), { operator: 'deepStrictEqual' });
assert.throws(() => strict.notEqual(1, 1), {
  message: 'Expected "actual" to be strictly unequal to: 1',
});
strict.notEqual(1, '1');
strict.notDeepEqual([1], ['1']);
assert.throws(() => strict(0), {
  message: 'The expression evaluated to a falsy value:\n\n  strict(0)\n',
});

'use strict';
// Messages of equal, notEqual, deepEqual and the not* checks.
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

assert.equal(1, '1');
assert.equal(NaN, NaN);
assert.notEqual(1, 2);
assert.strictEqual(messageOf(() => assert.equal(1, 2)), '1 == 2');
assert.strictEqual(messageOf(() => assert.equal('a', {})), "'a' == {}");
assert.strictEqual(messageOf(() => assert.notEqual(1, '1')), "1 != '1'");
assert.strictEqual(messageOf(() => assert.notEqual(NaN, NaN)), 'NaN != NaN');
assert.strictEqual(messageOf(() => assert.equal(1, 2, 'custom')), 'custom');

assert.strictEqual(messageOf(() => assert.notStrictEqual(1, 1)),
                   'Expected "actual" to be strictly unequal to: 1');
assert.strictEqual(messageOf(() => assert.notStrictEqual('abcdef', 'abcdef')),
                   "Expected \"actual\" to be strictly unequal to:\n\n'abcdef'");
const obj = { a: 1, b: [1, 2] };
assert.strictEqual(messageOf(() => assert.notStrictEqual(obj, obj)),
                   'Expected "actual" not to be reference-equal to "expected":\n\n' +
                   '{\n  a: 1,\n  b: [\n    1,\n    2\n  ]\n}\n');

assert.strictEqual(messageOf(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 })),
                   'Expected "actual" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n');
assert.strictEqual(messageOf(() => assert.notDeepStrictEqual(1, 1)),
                   'Expected "actual" not to be strictly deep-equal to: 1');

assert.strictEqual(messageOf(() => assert.deepEqual({ a: 1 }, { a: 2 })),
                   'Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\n' +
                   'should loosely deep-equal\n\n{\n  a: 2\n}');
assert.strictEqual(messageOf(() => assert.deepEqual(1, 2)),
                   'Expected values to be loosely deep-equal:\n\n1\n\nshould loosely deep-equal\n\n2');
assert.strictEqual(messageOf(() => assert.notDeepEqual({ a: 1 }, { a: 1 })),
                   'Expected "actual" not to be loosely deep-equal to:\n\n{\n  a: 1\n}');
assert.strictEqual(messageOf(() => assert.notDeepEqual({ a: 1 }, { a: '1' })),
                   'Expected values not to be loosely deep-equal:\n\n{\n  a: 1\n}\n\n' +
                   "should not loosely deep-equal\n\n{\n  a: '1'\n}");

// Long values are cut at 512 characters in the loose layouts.
const long = new Array(300).fill(1);
const msg = messageOf(() => assert.deepEqual(long, new Array(300).fill(2)));
assert.ok(msg.startsWith('Expected values to be loosely deep-equal:\n\n[\n  1,\n'));
assert.ok(msg.includes('  1,\n  ...\n\nshould loosely deep-equal\n\n[\n  2,\n'));
assert.ok(msg.endsWith('  2,\n  ...'));

// Missing arguments.
for (const name of ['equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
                    'notDeepStrictEqual', 'strictEqual', 'notStrictEqual']) {
  assert.throws(() => assert[name](1), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "actual" and "expected" arguments must be specified',
  });
}

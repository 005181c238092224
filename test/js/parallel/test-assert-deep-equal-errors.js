'use strict';
// Errors compare name and message (never the stack), their own enumerable
// properties, and the usually hidden `cause` and `errors`.
const assert = require('node:assert');

function check(a, b, loose, strict) {
  for (const [x, y] of [[a, b], [b, a]]) {
    if (loose) assert.deepEqual(x, y); else assert.notDeepEqual(x, y);
    if (strict) assert.deepStrictEqual(x, y); else assert.notDeepStrictEqual(x, y);
  }
}

function withProps(err, props) {
  return Object.assign(err, props);
}

check(new Error('a'), new Error('a'), true, true);
check(new Error('a'), new Error('b'), false, false);
check(new Error('a'), new TypeError('a'), false, false);
check(new Error(), new Error(''), true, true);

const otherStack = new Error('a');
otherStack.stack = 'elsewhere';
check(otherStack, new Error('a'), true, true);

const renamed = new Error('a');
renamed.name = 'Other';
check(renamed, new Error('a'), false, false);

check(withProps(new Error('a'), { code: 1 }), new Error('a'), false, false);
check(withProps(new Error('a'), { code: 1 }), withProps(new Error('a'), { code: '1' }),
      true, false);

class MyError extends Error {}
check(new MyError('a'), new Error('a'), true, false);

// Not an error, even with the same own properties.
check(new Error('a'), { message: 'a', name: 'Error' }, false, false);

// cause
check(new Error('a', { cause: 1 }), new Error('a', { cause: 1 }), true, true);
check(new Error('a', { cause: 1 }), new Error('a', { cause: 2 }), false, false);
check(new Error('a', { cause: 1 }), new Error('a', { cause: '1' }), true, false);
check(new Error('a', { cause: 1 }), new Error('a'), false, false);
check(new Error('a', { cause: undefined }), new Error('a'), true, true);
check(new Error('a', { cause: { x: [1] } }), new Error('a', { cause: { x: [1] } }), true, true);
check(new Error('a', { cause: new Error('c') }), new Error('a', { cause: new Error('d') }),
      false, false);

// AggregateError's errors
check(new AggregateError([1, 2], 'm'), new AggregateError([1, 2], 'm'), true, true);
check(new AggregateError([1, 2], 'm'), new AggregateError([1, 3], 'm'), false, false);
check(new AggregateError([1], 'm'), new AggregateError(['1'], 'm'), true, false);

'use strict';
// Non-function callbacks throw ERR_INVALID_ARG_TYPE with Node's wording.
const assert = require('node:assert');
const timers = require('node:timers');

for (const name of ['setTimeout', 'setInterval', 'setImmediate']) {
  const fn = timers[name];
  assert.throws(() => fn(), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "callback" argument must be of type function. Received undefined',
  });
  assert.throws(() => fn('x', 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "callback" argument must be of type function. Received type string (\'x\')',
  });
  assert.throws(() => fn(null), {
    message: 'The "callback" argument must be of type function. Received null',
  });
  assert.throws(() => fn(42), {
    message: 'The "callback" argument must be of type function. Received type number (42)',
  });
  assert.throws(() => fn({}), {
    message: 'The "callback" argument must be of type function. Received an instance of Object',
  });
}

const tp = require('node:timers/promises');
(async () => {
  await assert.rejects(tp.setTimeout(1, 'v', null), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received null',
  });
  await assert.rejects(tp.setImmediate('v', { signal: 5 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. ' +
      'Received type number (5)',
  });
  await assert.rejects(tp.setTimeout(1, 'v', { ref: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.ref" property must be of type boolean. Received type number (1)',
  });
})().then(() => {}, (err) => { console.error(err); process.exitCode = 1; });

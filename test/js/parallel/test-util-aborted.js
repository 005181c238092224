'use strict';
// util.aborted resolves when the signal aborts, and validates its arguments.
const assert = require('assert');
const util = require('util');

assert.rejects(util.aborted(1, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received type number (1)',
});
const ac = new AbortController();
assert.rejects(util.aborted(ac.signal, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "resource" argument must be of type object. Received type number (1)',
});
let done = false;
util.aborted(ac.signal, {}).then(() => { done = true; });
ac.abort();
util.aborted(AbortSignal.abort(), {}).then(() => {
  assert.strictEqual(done, true);
});
process.on('exit', () => assert.strictEqual(done, true));

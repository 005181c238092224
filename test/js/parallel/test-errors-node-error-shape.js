'use strict';
// Errors thrown by built-ins carry node's code, name and stack header.
const assert = require('assert');

let err;
try { setTimeout('not a function'); } catch (e) { err = e; }
assert.ok(err instanceof TypeError);
assert.strictEqual(err.name, 'TypeError');
assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(err.constructor, TypeError);
assert.strictEqual(err.message,
  'The "callback" argument must be of type function. Received type string (\'not a function\')');
assert.match(err.stack, /^TypeError \[ERR_INVALID_ARG_TYPE\]: The "callback" argument/);
assert.deepStrictEqual(Object.keys(err), ['code']);
assert.strictEqual(String(err), 'TypeError [ERR_INVALID_ARG_TYPE]: ' + err.message);

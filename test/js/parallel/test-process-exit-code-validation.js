'use strict';
const assert = require('assert');

process.exitCode = 0;
process.exitCode = '0';
process.exitCode = undefined;
assert.throws(() => { process.exitCode = 1.5; }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => { process.exitCode = 'x'; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { process.exitCode = {}; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(process.exitCode, undefined);

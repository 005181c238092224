'use strict';
// node:constants merges os.constants tables, fs.constants and the crypto
// constants into one frozen object.
const assert = require('assert');
const os = require('os');
const fs = require('fs');
const crypto = require('crypto');
const constants = require('constants');

assert(Object.isFrozen(constants));
assert.strictEqual(Object.getPrototypeOf(constants), Object.prototype);
assert.strictEqual(constants.SIGINT, os.constants.signals.SIGINT);
assert.strictEqual(constants.ENOENT, os.constants.errno.ENOENT);
assert.strictEqual(constants.RTLD_LAZY, os.constants.dlopen.RTLD_LAZY);
assert.strictEqual(constants.PRIORITY_LOW, os.constants.priority.PRIORITY_LOW);
assert.strictEqual(constants.O_RDONLY, fs.constants.O_RDONLY);
assert.strictEqual(constants.COPYFILE_EXCL, fs.constants.COPYFILE_EXCL);
assert.strictEqual(constants.SSL_OP_ALL, crypto.constants.SSL_OP_ALL);
assert.strictEqual(constants.defaultCipherList, crypto.constants.defaultCipherList);
const keys = Object.keys(constants);
assert.strictEqual(keys[0], 'RTLD_LAZY');
assert(keys.indexOf('O_RDONLY') > keys.indexOf('SIGINT'));
assert(keys.indexOf('SSL_OP_ALL') > keys.indexOf('O_RDONLY'));
assert.strictEqual(require('node:constants'), constants);

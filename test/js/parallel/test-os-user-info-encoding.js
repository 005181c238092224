'use strict';
// userInfo({ encoding }) returns the text fields as Buffers for 'buffer'
// and re-encoded for other Buffer encodings.
const assert = require('node:assert');
const os = require('node:os');
const { Buffer } = require('node:buffer');

const info = os.userInfo();
const asBuffers = os.userInfo({ encoding: 'buffer' });
assert.strictEqual(asBuffers.uid, info.uid);
assert.ok(Buffer.isBuffer(asBuffers.username));
assert.strictEqual(asBuffers.username.toString(), info.username);
assert.strictEqual(asBuffers.homedir.toString(), info.homedir);

const asHex = os.userInfo({ encoding: 'HEX' });
assert.strictEqual(asHex.username, Buffer.from(info.username).toString('hex'));

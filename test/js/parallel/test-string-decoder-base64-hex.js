'use strict';
// base64 and base64url encode whole groups of three bytes per write and
// finish the tail in end(); hex, latin1 and ascii never hold bytes back.
const assert = require('node:assert');
const { StringDecoder } = require('node:string_decoder');

const b64 = new StringDecoder('base64');
assert.strictEqual(b64.write(Buffer.from('ab')), '');
assert.strictEqual(b64.lastNeed, 1);
assert.strictEqual(b64.write(Buffer.from('c')), 'YWJj');
assert.strictEqual(b64.write(Buffer.from('defg')), 'ZGVm');
assert.strictEqual(b64.end(), 'Zw==');
assert.strictEqual(b64.end(Buffer.from('a')), 'YQ==');

const b64url = new StringDecoder('base64url');
assert.strictEqual(b64url.write(Buffer.from([0xFB, 0xFF])), '');
assert.strictEqual(b64url.end(), '-_8');

const hex = new StringDecoder('hex');
assert.strictEqual(hex.write(Buffer.from([0xAB, 0xCD])), 'abcd');
assert.strictEqual(hex.end(Buffer.from([0x01])), '01');

assert.strictEqual(new StringDecoder('latin1').write(Buffer.from([0xE2, 0x41])), '\u00e2A');
assert.strictEqual(new StringDecoder('binary').encoding, 'latin1');
assert.strictEqual(new StringDecoder('ascii').write(Buffer.from([0xE2, 0x41])), 'bA');

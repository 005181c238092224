'use strict';
// spawnSync's input option feeds the child's stdin (string, Buffer,
// TypedArray, DataView) and then closes it.
require('../../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

assert.strictEqual(spawnSync('cat', { input: 'hello' }).stdout.toString(), 'hello');
assert.strictEqual(spawnSync('cat', { input: Buffer.from('buf') }).stdout.toString(), 'buf');
assert.strictEqual(spawnSync('cat', { input: new Uint8Array([104, 105]) }).stdout.toString(), 'hi');
const dv = new DataView(new Uint8Array([79, 75]).buffer);
assert.strictEqual(spawnSync('cat', { input: dv }).stdout.toString(), 'OK');
// A string input is encoded with options.encoding.
assert.strictEqual(spawnSync('cat', { input: '6869', encoding: 'hex' }).stdout, '6869');
// No input: the child reads EOF at once.
assert.strictEqual(spawnSync('cat').stdout.length, 0);
// Large input goes through whole.
const big = Buffer.alloc(3 * 1024 * 1024, 'abc');
const r = spawnSync('cat', { input: big, maxBuffer: 16 * 1024 * 1024 });
assert.ok(r.stdout.equals(big));
// stdio[0] may carry its own input.
assert.throws(() => spawnSync('cat', { input: 42 }), { code: 'ERR_INVALID_ARG_TYPE' });

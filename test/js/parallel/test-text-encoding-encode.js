'use strict';
// TextEncoder.encode: UTF-8 bytes in a plain Uint8Array, the argument
// converted to a string, lone surrogates as U+FFFD.
const assert = require('node:assert');

const te = new TextEncoder();
assert.strictEqual(te.encoding, 'utf-8');
const out = te.encode('h€llo😀');
assert.strictEqual(Object.getPrototypeOf(out), Uint8Array.prototype);
assert.deepStrictEqual([...out],
                       [0x68, 0xE2, 0x82, 0xAC, 0x6C, 0x6C, 0x6F, 0xF0, 0x9F, 0x98, 0x80]);
assert.deepStrictEqual([...te.encode()], []);
assert.deepStrictEqual([...te.encode(undefined)], []);
assert.deepStrictEqual([...te.encode('')], []);
assert.deepStrictEqual([...te.encode(null)], [0x6E, 0x75, 0x6C, 0x6C]);
assert.deepStrictEqual([...te.encode(12)], [0x31, 0x32]);
assert.deepStrictEqual([...te.encode({ toString() { return 'é'; } })], [0xC3, 0xA9]);
assert.deepStrictEqual([...te.encode('\ud800')], [0xEF, 0xBF, 0xBD]);
assert.deepStrictEqual([...te.encode('\udc00\ud83d')], [0xEF, 0xBF, 0xBD, 0xEF, 0xBF, 0xBD]);
assert.deepStrictEqual([...te.encode('\u00ff\u0800\uffff')],
                       [0xC3, 0xBF, 0xE0, 0xA0, 0x80, 0xEF, 0xBF, 0xBF]);

// Large and concatenated (rope) strings round-trip.
const big = 'ab€😀'.repeat(50000);
const rope = big + 'x' + big;
assert.strictEqual(new TextDecoder().decode(te.encode(rope)), rope);
assert.strictEqual(te.encode(rope).length, 2 * 50000 * 9 + 1);

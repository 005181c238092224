'use strict';
// toJSON gives {type, data}, which Buffer.from accepts back; Buffer.of makes
// a buffer from its arguments; Buffer.copyBytesFrom copies a typed array's
// bytes (its offset and length count in elements).
const assert = require('node:assert');

const b = Buffer.from([1, 2, 3]);
assert.deepStrictEqual(b.toJSON(), { type: 'Buffer', data: [1, 2, 3] });
assert.strictEqual(JSON.stringify(Buffer.alloc(0)), '{"type":"Buffer","data":[]}');
assert.ok(Buffer.from(JSON.parse(JSON.stringify(b))).equals(b));

assert.deepStrictEqual([...Buffer.of(1, 2, 300, -1)], [1, 2, 44, 255]);
assert.ok(Buffer.of() instanceof Buffer);
assert.strictEqual(Buffer.of.length, 0);

const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
const all = Buffer.copyBytesFrom(u16);
assert.strictEqual(all.length, 6);
u16[0] = 0;
assert.strictEqual(all[0], 0x02);
assert.deepStrictEqual([...Buffer.copyBytesFrom(u16, 1)], [0x04, 0x03, 0x06, 0x05]);
assert.deepStrictEqual([...Buffer.copyBytesFrom(u16, 1, 1)], [0x04, 0x03]);
assert.strictEqual(Buffer.copyBytesFrom(u16, 5).length, 0);
assert.strictEqual(Buffer.copyBytesFrom(new Uint8Array(0)).length, 0);
assert.throws(() => Buffer.copyBytesFrom([1, 2]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "view" argument must be an instance of TypedArray. Received an instance of Array',
});
assert.throws(() => Buffer.copyBytesFrom(u16, -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.copyBytesFrom(u16, 0, '1'), { code: 'ERR_INVALID_ARG_TYPE' });

// Iteration works as for any Uint8Array.
assert.deepStrictEqual([...b.entries()], [[0, 1], [1, 2], [2, 3]]);
assert.deepStrictEqual([...b.keys()], [0, 1, 2]);
assert.deepStrictEqual(Array.from(b.values()), [1, 2, 3]);

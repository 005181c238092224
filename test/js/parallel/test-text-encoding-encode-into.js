'use strict';
// encodeInto writes whole characters only, reports UTF-16 units read and
// bytes written, and validates its arguments.
const assert = require('node:assert');

const te = new TextEncoder();
let dest = new Uint8Array(3);
assert.deepStrictEqual(te.encodeInto('a€b', dest), { read: 1, written: 1 });
assert.deepStrictEqual([...dest], [0x61, 0, 0]);
assert.deepStrictEqual(te.encodeInto('😀', new Uint8Array(3)), { read: 0, written: 0 });
dest = new Uint8Array(8);
assert.deepStrictEqual(te.encodeInto('😀x', dest), { read: 3, written: 5 });
assert.deepStrictEqual([...dest.subarray(0, 5)], [0xF0, 0x9F, 0x98, 0x80, 0x78]);
assert.deepStrictEqual(te.encodeInto('\ud800z', new Uint8Array(4)), { read: 2, written: 4 });
assert.deepStrictEqual(te.encodeInto('', new Uint8Array(0)), { read: 0, written: 0 });

// Into a view at an offset, and into a Buffer.
const backing = new Uint8Array(6);
te.encodeInto('hi', backing.subarray(3));
assert.deepStrictEqual([...backing], [0, 0, 0, 0x68, 0x69, 0]);
const buf = Buffer.alloc(4);
assert.deepStrictEqual(te.encodeInto('ok', buf), { read: 2, written: 2 });
assert.strictEqual(buf.toString('utf8', 0, 2), 'ok');

assert.throws(() => te.encodeInto(1, new Uint8Array(2)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "src" argument must be of type string. Received type number (1)',
});
for (const bad of [[], new Uint16Array(2), null, undefined, new ArrayBuffer(2)]) {
  assert.throws(() => te.encodeInto('a', bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "dest" argument must be an instance of Uint8Array\./,
  });
}

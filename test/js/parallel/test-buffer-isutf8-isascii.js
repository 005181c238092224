'use strict';
// buffer.isUtf8/isAscii check typed arrays and ArrayBuffers; a detached
// ArrayBuffer throws ERR_INVALID_STATE.
const assert = require('node:assert');
const { isUtf8, isAscii } = require('node:buffer');

assert.strictEqual(isUtf8(Buffer.from('aé€😀')), true);
assert.strictEqual(isUtf8(Buffer.from([0xc3])), false);
assert.strictEqual(isUtf8(Buffer.from([0xed, 0xa0, 0x80])), false);
assert.strictEqual(isUtf8(Buffer.from([0xc0, 0x80])), false);
assert.strictEqual(isUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])), false);
assert.strictEqual(isUtf8(Buffer.from([0xf4, 0x8f, 0xbf, 0xbf])), true);
assert.strictEqual(isUtf8(new Uint16Array([0xffff])), false);
assert.strictEqual(isUtf8(new ArrayBuffer(2)), true);
assert.strictEqual(isUtf8(new Uint8Array(0)), true);
assert.strictEqual(isAscii(Buffer.from('abc\u007f')), true);
assert.strictEqual(isAscii(Buffer.from('é')), false);
assert.strictEqual(isAscii(new Uint8Array(1000).fill(0x41)), true);

for (const fn of [isUtf8, isAscii]) {
  assert.throws(() => fn('a'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. ' +
      "Received type string ('a')",
  });
  assert.throws(() => fn(new DataView(new ArrayBuffer(1))), { code: 'ERR_INVALID_ARG_TYPE' });
  const ab = new ArrayBuffer(4);
  const view = new Uint8Array(ab);
  structuredClone(ab, { transfer: [ab] });
  assert.throws(() => fn(ab), {
    code: 'ERR_INVALID_STATE',
    name: 'Error',
    message: 'Cannot validate on a detached buffer',
  });
  assert.strictEqual(fn(view), true);
}

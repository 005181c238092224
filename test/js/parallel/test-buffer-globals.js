'use strict';
// Buffer, atob, btoa, Blob and File are globals with node's property
// attributes; node:buffer exports node's names and constants.
const assert = require('node:assert');
const buffer = require('node:buffer');

for (const [name, enumerable] of [['Buffer', false], ['atob', true], ['btoa', true],
  ['Blob', false], ['File', false]]) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(desc.enumerable, enumerable, name);
  assert.strictEqual(desc.configurable, true, name);
  assert.strictEqual(globalThis[name], buffer[name], name);
}
assert.deepStrictEqual(Object.keys(buffer), [
  'Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength', 'kStringMaxLength',
  'btoa', 'atob', 'constants', 'INSPECT_MAX_BYTES', 'Blob', 'resolveObjectURL', 'File',
]);
assert.strictEqual(require('buffer'), buffer);
assert.strictEqual(buffer.kMaxLength, 2 ** 32);
assert.strictEqual(buffer.constants.MAX_LENGTH, buffer.kMaxLength);
assert.strictEqual(buffer.constants.MAX_STRING_LENGTH, buffer.kStringMaxLength);
assert.ok(buffer.kStringMaxLength >= 2 ** 28);
assert.ok(Object.isFrozen(buffer.constants) || !Object.getOwnPropertyDescriptor(
  buffer.constants, 'MAX_LENGTH').writable);

// Buffer is a Uint8Array subclass.
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
assert.strictEqual(Buffer.prototype.constructor, Buffer);
const b = Buffer.alloc(1);
assert.ok(b instanceof Buffer && b instanceof Uint8Array);
assert.strictEqual(b.constructor, Buffer);
assert.strictEqual(Buffer.isBuffer(b), true);
assert.strictEqual(Buffer.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(Buffer.isBuffer('x'), false);
assert.strictEqual(Buffer.poolSize, 8192);
assert.strictEqual(Buffer.name, 'Buffer');
assert.strictEqual(Buffer.length, 3);
for (const name of ['from', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'concat', 'compare',
  'byteLength', 'isBuffer', 'isEncoding', 'copyBytesFrom', 'of']) {
  assert.strictEqual(typeof Buffer[name], 'function', name);
}
for (const name of ['readUInt8', 'readUint8', 'writeDoubleBE', 'readBigUint64LE', 'utf8Slice',
  'hexWrite', 'toJSON', 'swap64', 'toLocaleString']) {
  assert.strictEqual(typeof Buffer.prototype[name], 'function', name);
  assert.strictEqual(Object.getOwnPropertyDescriptor(Buffer.prototype, name).enumerable, true);
}
assert.strictEqual(Buffer.prototype.readUInt16LE.length, 0);
assert.strictEqual(Buffer.prototype.writeUIntLE.length, 3);
assert.strictEqual(Buffer.prototype.utf8Write.length, 0);
// No object URL was registered.
assert.strictEqual(buffer.resolveObjectURL('blob:nodedata:x'), undefined);
assert.strictEqual(buffer.resolveObjectURL('nonsense'), undefined);

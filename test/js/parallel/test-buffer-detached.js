'use strict';
// A Buffer whose ArrayBuffer was transferred away reads as empty; nothing
// touches the old memory and nothing crashes.
const assert = require('node:assert');
const { isUtf8 } = require('node:buffer');

function detached() {
  const ab = new ArrayBuffer(16);
  const b = Buffer.from(ab, 4, 8);
  structuredClone(ab, { transfer: [ab] });
  return b;
}
assert.strictEqual(detached().length, 0);
assert.strictEqual(detached().toString(), '');
assert.strictEqual(detached().toString('base64'), '');
assert.strictEqual(detached().write('abc'), 0);
assert.strictEqual(detached().indexOf('a'), -1);
assert.strictEqual(detached().indexOf(97), -1);
assert.strictEqual(detached().equals(Buffer.alloc(0)), true);
assert.strictEqual(detached().compare(Buffer.from('a')), -1);
assert.strictEqual(Buffer.from('abc').copy(detached()), 0);
assert.strictEqual(detached().copy(Buffer.alloc(3)), 0);
assert.strictEqual(detached().utf8Slice(), '');
assert.strictEqual(detached().swap16().length, 0);
assert.strictEqual(isUtf8(detached()), true);
assert.strictEqual(Buffer.byteLength(detached()), 0);
assert.throws(() => detached().readUInt8(0), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => detached().fill(1), TypeError);
assert.strictEqual(Buffer.from(detached()).length, 0);
assert.throws(() => {
  const ab = new ArrayBuffer(4);
  structuredClone(ab, { transfer: [ab] });
  Buffer.from(ab);
}, TypeError);

'use strict';
// lastChar, lastNeed and lastTotal expose the held bytes: lastChar is a
// 4-byte Buffer view of them (stale bytes stay until overwritten); text()
// drops what is held and decodes from an offset.
const assert = require('node:assert');
const { StringDecoder } = require('node:string_decoder');

const d = new StringDecoder('utf8');
assert.deepStrictEqual(d.lastChar, Buffer.alloc(4));
assert.strictEqual(d.lastNeed, 0);
assert.strictEqual(d.lastTotal, 0);

d.write(Buffer.from([0xE2]));
assert.deepStrictEqual(d.lastChar, Buffer.from([0xE2, 0, 0, 0]));
assert.strictEqual(d.lastNeed, 2);
assert.strictEqual(d.lastTotal, 3);
d.write(Buffer.from([0x82]));
assert.deepStrictEqual(d.lastChar, Buffer.from([0xE2, 0x82, 0, 0]));
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.lastTotal, 3);
assert.strictEqual(d.write(Buffer.from([0xAC, 0x41])), '€A');
assert.deepStrictEqual(d.lastChar, Buffer.from([0xE2, 0x82, 0xAC, 0]));
assert.strictEqual(d.lastNeed, 0);
assert.strictEqual(d.lastTotal, 0);
assert.ok(Buffer.isBuffer(d.lastChar));

d.write(Buffer.from([0xF0]));
assert.strictEqual(d.text(Buffer.from([0x41, 0xE2, 0x82, 0xAC]), 1), '€');
assert.strictEqual(d.lastNeed, 0);

const proto = StringDecoder.prototype;
assert.deepStrictEqual(Object.getOwnPropertyNames(proto),
                       ['constructor', 'write', 'end', 'text', 'lastChar', 'lastNeed', 'lastTotal']);
for (const name of ['lastChar', 'lastNeed', 'lastTotal']) {
  const desc = Object.getOwnPropertyDescriptor(proto, name);
  assert.strictEqual(typeof desc.get, 'function');
  assert.strictEqual(desc.enumerable, true);
}
assert.deepStrictEqual(Object.keys(d), ['encoding']);

'use strict';
// TextEncoder/TextDecoder are non-enumerable globals, the same classes as
// util's, with WebIDL-shaped prototypes and node's inspect output.
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(util.TextEncoder, TextEncoder);
assert.strictEqual(util.TextDecoder, TextDecoder);
for (const name of ['TextEncoder', 'TextDecoder']) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.writable, true);
  assert.strictEqual(desc.configurable, true);
}
assert.deepStrictEqual(Object.getOwnPropertyNames(TextDecoder.prototype),
                       ['constructor', 'decode', 'encoding', 'fatal', 'ignoreBOM']);
assert.deepStrictEqual(Object.getOwnPropertyNames(TextEncoder.prototype),
                       ['constructor', 'encoding', 'encode', 'encodeInto']);
assert.strictEqual(Object.prototype.toString.call(new TextEncoder()), '[object TextEncoder]');
assert.strictEqual(Object.prototype.toString.call(new TextDecoder()), '[object TextDecoder]');
assert.strictEqual(Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'decode').enumerable,
                   true);
assert.strictEqual(Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').enumerable,
                   true);
assert.strictEqual(TextDecoder.length, 0);
assert.strictEqual(TextEncoder.prototype.encodeInto.length, 2);

assert.strictEqual(util.inspect(new TextEncoder()), "{ encoding: 'utf-8' }");
assert.strictEqual(util.inspect(new TextDecoder('utf-16', { fatal: true })),
                   "TextDecoder { encoding: 'utf-16le', fatal: true, ignoreBOM: false }");
class MyDecoder extends TextDecoder {}
assert.strictEqual(util.inspect(new MyDecoder()),
                   "MyDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }");
assert.strictEqual(util.inspect(new TextDecoder(), { depth: -1 }), '[TextDecoder]');
assert.strictEqual(util.inspect({ a: { b: { c: { d: new TextEncoder() } } } }),
                   '{ a: { b: { c: [Object] } } }');
assert.strictEqual(util.inspect([[[[new TextEncoder()]]]], { depth: 2 }), '[ [ [ [Array] ] ] ]');
assert.strictEqual(util.inspect([[[new TextEncoder()]]], { depth: 2 }), '[ [ [ [TextEncoder] ] ] ]');

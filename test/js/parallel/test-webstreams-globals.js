'use strict';
// The web stream classes are non-enumerable globals, the same objects
// node:stream/web exports, in node 20's set.
const assert = require('node:assert');
const web = require('node:stream/web');

const names = [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController',
  'ReadableStreamDefaultController', 'TransformStream',
  'TransformStreamDefaultController', 'WritableStream', 'WritableStreamDefaultWriter',
  'WritableStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy',
  'TextEncoderStream', 'TextDecoderStream', 'CompressionStream', 'DecompressionStream',
];
assert.deepStrictEqual(Object.keys(web), names);
assert.strictEqual(require('stream/web'), web);
for (const name of names) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(desc.enumerable, false, name);
  assert.strictEqual(globalThis[name], web[name], name);
  assert.strictEqual(typeof web[name], 'function');
  // node gives the encoding streams no @@toStringTag.
  const tag = name.startsWith('Text') ? undefined : name;
  assert.strictEqual(web[name].prototype[Symbol.toStringTag], tag);
}
assert.strictEqual(Object.prototype.toString.call(new ReadableStream()), '[object ReadableStream]');
// Assignable like node's other lazy globals.
globalThis.CountQueuingStrategy = 1;
assert.strictEqual(CountQueuingStrategy, 1);

'use strict';
// Blob: parts of strings (UTF-8), buffers, ArrayBuffers and other Blobs are
// copied in; type is lower-cased ASCII; slice/text/arrayBuffer/bytes work;
// arguments and receivers are validated with node's errors.
const assert = require('node:assert');
const { Blob } = require('node:buffer');
const util = require('node:util');

async function main() {
  assert.strictEqual(globalThis.Blob, Blob);
  const src = new Uint8Array([0x21, 0x22]);
  const blob = new Blob(['abc', src, new Blob(['é']), src.buffer], { type: 'Text/Plain' });
  src[0] = 0;  // the blob took copies
  assert.strictEqual(blob.size, 9);
  assert.strictEqual(blob.type, 'text/plain');
  assert.strictEqual(await blob.text(), 'abc!"é!"');
  assert.deepStrictEqual([...new Uint8Array(await blob.arrayBuffer())],
                         [0x61, 0x62, 0x63, 0x21, 0x22, 0xc3, 0xa9, 0x21, 0x22]);
  assert.ok((await blob.arrayBuffer()) instanceof ArrayBuffer);
  assert.strictEqual(Object.prototype.toString.call(blob), '[object Blob]');
  assert.strictEqual(util.inspect(blob), "Blob { size: 9, type: 'text/plain' }");
  assert.strictEqual(util.inspect({ a: { b: blob } }, { depth: 0 }), '{ a: [Object] }');
  assert.strictEqual(util.inspect({ a: blob }, { depth: 0 }), '{ a: [Blob] }');

  const s = blob.slice(1, -1, 'X/Y');
  assert.strictEqual(s.size, 7);
  assert.strictEqual(s.type, 'x/y');
  assert.strictEqual(await s.text(), 'bc!"é!');
  assert.strictEqual(blob.slice(-2).size, 2);
  assert.strictEqual(blob.slice(5, 2).size, 0);
  assert.strictEqual(blob.slice(0, 100).size, 9);
  assert.strictEqual(blob.slice(0, 1, 'é').type, '');

  assert.strictEqual(new Blob().size, 0);
  assert.strictEqual(new Blob([], null).size, 0);
  assert.strictEqual(new Blob(['a\r\nb\n'], { endings: 'native' }).size, 4);
  assert.strictEqual(new Blob(['a\r\nb\n']).size, 5);
  assert.strictEqual(new Blob([1, null]).size, 5);
  assert.strictEqual(new Blob(['\ud800']).size, 3);
  assert.strictEqual(new Blob(['x'], { type: 'a\u0000' }).type, '');
  assert.deepStrictEqual([...await new Blob(['é']).bytes()], [0xc3, 0xa9]);
  assert.strictEqual(await new Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff])]).text(),
                     'a\ufffd');

  assert.throws(() => new Blob('abc'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "sources" argument must be a sequence. Received type string (\'abc\')',
  });
  assert.throws(() => new Blob([], 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be a dictionary. Received type number (5)',
  });
  assert.throws(() => new Blob([], { endings: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.endings' is invalid. Received 'x'",
  });
  assert.throws(() => Blob(), TypeError);
  const invalidThis = { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Blob' };
  assert.throws(() => Blob.prototype.size, invalidThis);
  assert.throws(() => Blob.prototype.slice.call({}), invalidThis);
  await assert.rejects(Blob.prototype.text.call({}), invalidThis);
  await assert.rejects(Blob.prototype.arrayBuffer.call({}), invalidThis);
  assert.deepStrictEqual(Object.keys(Blob.prototype),
                         ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']);
}
main().then(() => { process.exitCode = process.exitCode || 0; }, (err) => {
  console.error(err);
  process.exitCode = 1;
});

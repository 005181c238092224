'use strict';
// stream/consumers: text, json, buffer, arrayBuffer and blob of a stream,
// with multi-byte characters split across chunks.
const assert = require('node:assert');
const consumers = require('node:stream/consumers');
const { Readable } = require('node:stream');
const common = require('../../common');

assert.deepStrictEqual(Object.keys(consumers), ['arrayBuffer', 'blob', 'buffer', 'text', 'json']);

(async () => {
  const euro = Buffer.from('€');
  assert.strictEqual(
    await consumers.text(Readable.from([euro.subarray(0, 2), euro.subarray(2), 'ok'])), '€ok');
  assert.deepStrictEqual(await consumers.json(Readable.from(['{"a"', ':[1,2]}'])), { a: [1, 2] });
  const buf = await consumers.buffer(Readable.from([Buffer.from('x'), 'y']));
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString(), 'xy');
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('abc')]));
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(ab.byteLength, 3);
  const b = await consumers.blob(Readable.from(['hi']));
  assert.strictEqual(b.size, 2);
  assert.strictEqual(await b.text(), 'hi');
  // Any async iterable works.
  async function* gen() { yield 'g'; }
  assert.strictEqual(await consumers.text(gen()), 'g');
  await assert.rejects(consumers.json(Readable.from(['{'])), SyntaxError);
})().then(common.mustCall());

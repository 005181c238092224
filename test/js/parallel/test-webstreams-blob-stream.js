'use strict';
// Blob.prototype.stream() is a byte stream of the blob's bytes, readable
// with a default or a BYOB reader.
const assert = require('node:assert');
const { Blob } = require('node:buffer');
const common = require('../../common');

(async () => {
  const blob = new Blob(['hello ', 'world']);
  const stream = blob.stream();
  assert.ok(stream instanceof ReadableStream);
  const bytes = [];
  for await (const c of stream) {
    assert.ok(c instanceof Uint8Array);
    bytes.push(...c);
  }
  assert.strictEqual(Buffer.from(bytes).toString(), 'hello world');

  const reader = blob.slice(6).stream().getReader({ mode: 'byob' });
  let r = await reader.read(new Uint8Array(3));
  assert.strictEqual(Buffer.from(r.value).toString(), 'wor');
  r = await reader.read(new Uint8Array(8));
  assert.strictEqual(Buffer.from(r.value).toString(), 'ld');
  r = await reader.read(new Uint8Array(8));
  assert.strictEqual(r.done, true);

  // The blob's bytes are not moved by reading.
  assert.strictEqual(await blob.text(), 'hello world');
  assert.deepStrictEqual(await new Blob([]).stream().getReader().read(), { value: undefined, done: true });
  assert.throws(() => Blob.prototype.stream.call({}), { code: 'ERR_INVALID_THIS' });
})().then(common.mustCall());

'use strict';
// Readable.toWeb: a ReadableStream over a node Readable. Byte chunks become
// Uint8Arrays measured in bytes against the readable's highWaterMark (the
// node stream is paused when the web queue is full), object mode counts
// chunks, the end closes the stream, an error errors it and cancelling
// destroys the node stream.
const assert = require('node:assert');
const { Readable } = require('node:stream');
const common = require('../../common');

(async () => {
  const node = new Readable({ read() {}, highWaterMark: 4 });
  const web = Readable.toWeb(node);
  node.push(Buffer.from('0123456789'));
  node.push(Buffer.from('abc'));
  await new Promise((r) => setTimeout(r, 10));
  assert.strictEqual(node.isPaused(), true);
  const reader = web.getReader();
  const { value } = await reader.read();
  assert.ok(value instanceof Uint8Array);
  assert.ok(!Buffer.isBuffer(value));
  assert.strictEqual(Buffer.from(value).toString(), '0123456789');
  node.push(null);
  assert.strictEqual(Buffer.from((await reader.read()).value).toString(), 'abc');
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });

  const objects = [];
  for await (const o of Readable.toWeb(Readable.from([1, { b: 2 }]))) objects.push(o);
  assert.deepStrictEqual(objects, [1, { b: 2 }]);

  const broken = new Readable({ read() { this.destroy(new Error('node error')); } });
  await assert.rejects(Readable.toWeb(broken).getReader().read(), /node error/);

  const src = new Readable({ read() {} });
  src.on('close', common.mustCall());
  await Readable.toWeb(src).cancel(new Error('enough'));
  assert.strictEqual(src.destroyed, true);

  const done = new Readable({ read() {} });
  done.destroy();
  const closed = Readable.toWeb(done);
  assert.strictEqual((await closed.getReader().read()).done, true);

  assert.throws(() => Readable.toWeb({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "streamReadable" argument must be an stream.Readable. Received an instance of Object',
  });
})().then(common.mustCall());

'use strict';
// A byte stream read with a default reader: enqueued chunks come back as
// Uint8Arrays (their buffers transferred), and with autoAllocateChunkSize
// the source gets a byobRequest to fill for each read.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  const chunk = new Uint8Array([1, 2, 3]);
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(chunk);
      assert.strictEqual(chunk.byteLength, 0, 'enqueue transfers the buffer');
      assert.strictEqual(c.desiredSize, -3);
      c.close();
    },
  });
  const reader = rs.getReader();
  assert.deepStrictEqual(await reader.read(), { value: new Uint8Array([1, 2, 3]), done: false });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });

  let pulls = 0;
  const auto = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 16,
    pull(c) {
      const view = c.byobRequest.view;
      assert.strictEqual(view.byteLength, 16);
      if (++pulls > 2) {
        c.close();
        c.byobRequest.respond(0);
        return;
      }
      view.fill(pulls, 0, 4);
      c.byobRequest.respond(4);
    },
  });
  const chunks = [];
  for await (const v of auto) chunks.push([...v]);
  assert.deepStrictEqual(chunks, [[1, 1, 1, 1], [2, 2, 2, 2]]);

  assert.throws(() => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
  assert.throws(() => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }), {
    name: 'RangeError',
    code: 'ERR_INVALID_ARG_VALUE',
  });
  new ReadableStream({
    type: 'bytes',
    start: common.mustCall((c) => {
      assert.throws(() => c.enqueue('x'), { code: 'ERR_INVALID_ARG_TYPE' });
      assert.throws(() => c.enqueue(new Uint8Array(0)), {
        message: 'Invalid state: chunk ArrayBuffer is zero-length or detached',
      });
      c.close();
      assert.throws(() => c.close(), { message: 'Invalid state: ReadableStream is already closed' });
    }),
  });
})().then(common.mustCall());

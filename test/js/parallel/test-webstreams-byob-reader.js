'use strict';
// A byte stream read through a BYOB reader: the source fills the
// controller's byobRequest view (respond / respondWithNewView), the reader
// gets a view of its own type over the transferred buffer, and `min` waits
// for that many elements.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      assert.ok(req instanceof ReadableStreamBYOBRequest);
      assert.ok(c instanceof ReadableByteStreamController);
      const view = req.view;
      assert.strictEqual(view.constructor, Uint8Array);
      n++;
      if (n === 1) {
        view[0] = 1;
        view[1] = 2;
        req.respond(2);
      } else if (n === 2) {
        const part = new Uint8Array(view.buffer, view.byteOffset, 3);
        part.set([3, 4, 5]);
        req.respondWithNewView(part);
      } else {
        c.close();
        req.respond(0);
      }
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  assert.ok(reader instanceof ReadableStreamBYOBReader);
  const buf = new Uint8Array(8);
  let r = await reader.read(buf);
  assert.strictEqual(buf.byteLength, 0, 'the buffer was transferred');
  assert.deepStrictEqual(r, { value: new Uint8Array([1, 2]), done: false });
  assert.strictEqual(r.value.buffer.byteLength, 8);
  r = await reader.read(new Uint8Array(r.value.buffer));
  assert.deepStrictEqual([...r.value], [3, 4, 5]);
  r = await reader.read(new Uint8Array(4));
  assert.strictEqual(r.done, true);
  assert.strictEqual(r.value.byteLength, 0);
  assert.strictEqual(r.value.constructor, Uint8Array);

  // Typed views larger than a byte, with min.
  const bytes = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([1, 0, 2]));
    },
    pull(c) {
      c.enqueue(new Uint8Array([0, 3, 0]));
      c.close();
    },
  });
  const br = bytes.getReader({ mode: 'byob' });
  // 3 bytes queued are less than 2 elements: the read waits for the pull,
  // then takes every whole element there is.
  r = await br.read(new Uint16Array(3), { min: 2 });
  assert.deepStrictEqual([...r.value], [1, 2, 3]);
  r = await br.read(new Uint16Array(3));
  assert.strictEqual(r.done, true);

  await assert.rejects(br.read(new Uint8Array(0)), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: View or Viewed ArrayBuffer is zero-length or detached',
  });
  await assert.rejects(br.read(new Uint8Array(2), { min: 3 }), { code: 'ERR_OUT_OF_RANGE' });
  await assert.rejects(br.read(new ArrayBuffer(2)), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new ReadableStream().getReader({ mode: 'byob' }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
  assert.throws(() => new ReadableStreamBYOBRequest(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
})().then(common.mustCall());

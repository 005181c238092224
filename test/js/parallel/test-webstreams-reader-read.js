'use strict';
// A default reader takes queued chunks in order, then { done: true } once
// the stream closes; the stream is locked while the reader is attached, and
// releaseLock() rejects the pending reads and the closed promise.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('a');
      c.enqueue('b');
      c.close();
    },
  });
  assert.strictEqual(rs.locked, false);
  const reader = rs.getReader();
  assert.strictEqual(rs.locked, true);
  assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
  assert.deepStrictEqual(await reader.read(), { value: 'b', done: false });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  assert.strictEqual(await reader.closed, undefined);
  reader.releaseLock();
  assert.strictEqual(rs.locked, false);

  // A read waiting for a chunk is rejected when the lock is released.
  const pending = new ReadableStream();
  const r2 = pending.getReader();
  const read = r2.read();
  r2.releaseLock();
  await assert.rejects(read, { code: 'ERR_INVALID_STATE', name: 'TypeError', message: 'Invalid state: Releasing reader' });
  await assert.rejects(r2.closed, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Reader released' });
  await assert.rejects(r2.read(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: The reader is not attached to a stream' });
  // The stream can be read again through a new reader.
  const r3 = pending.getReader();
  assert.strictEqual(pending.locked, true);
  r3.releaseLock();

  // A read waiting when the chunk arrives gets it.
  let controller;
  const late = new ReadableStream({ start(c) { controller = c; } });
  const r4 = late.getReader();
  const p = r4.read();
  controller.enqueue(42);
  assert.deepStrictEqual(await p, { value: 42, done: false });
})().then(common.mustCall());

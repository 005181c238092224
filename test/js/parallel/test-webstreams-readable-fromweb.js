'use strict';
// Readable.fromWeb: a node Readable over a ReadableStream. It reads only
// while its buffer wants data, ends with the stream, destroying it cancels
// the stream, and a stream error destroys it.
const assert = require('node:assert');
const { Readable } = require('node:stream');
const common = require('../../common');

(async () => {
  let pulls = 0;
  const web = new ReadableStream({
    pull(c) {
      pulls++;
      c.enqueue(new Uint8Array([pulls]));
      if (pulls === 100) c.close();
    },
  }, { highWaterMark: 0 });
  const readable = Readable.fromWeb(web, { highWaterMark: 2 });
  assert.strictEqual(readable.readableObjectMode, false);
  assert.strictEqual(web.locked, true);
  await new Promise((r) => setTimeout(r, 20));
  // Back-pressure: the node side stopped asking after filling its buffer.
  assert.ok(pulls <= 4, `pulls ${pulls}`);
  // (The Readable may hand several buffered chunks over as one Buffer.)
  const bytes = [];
  for await (const c of readable) {
    assert.ok(Buffer.isBuffer(c));
    bytes.push(...c);
  }
  assert.deepStrictEqual(bytes, Array.from({ length: 100 }, (_, i) => i + 1));

  const objects = Readable.fromWeb(ReadableStream.from([{ a: 1 }, 'two']), { objectMode: true });
  const got = [];
  for await (const o of objects) got.push(o);
  assert.deepStrictEqual(got, [{ a: 1 }, 'two']);

  const text = Readable.fromWeb(ReadableStream.from([new TextEncoder().encode('héllo')]), { encoding: 'utf8' });
  let s = '';
  for await (const c of text) s += c;
  assert.strictEqual(s, 'héllo');

  const cancelled = new ReadableStream({
    cancel: common.mustCall((reason) => assert.strictEqual(reason.message, 'stop')),
  });
  const r = Readable.fromWeb(cancelled);
  r.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'stop')));
  r.destroy(new Error('stop'));
  await new Promise((res) => r.on('close', res));

  const failing = new ReadableStream({ pull(c) { c.error(new Error('web error')); } });
  const fr = Readable.fromWeb(failing);
  await assert.rejects(async () => {
    for await (const c of fr) assert.fail(c);
  }, /web error/);

  assert.throws(() => Readable.fromWeb({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "readableStream" argument must be an instance of ReadableStream. Received an instance of Object',
  });
  assert.throws(() => Readable.fromWeb(new ReadableStream(), { objectMode: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());

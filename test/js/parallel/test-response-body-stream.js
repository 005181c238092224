// Response.body as a ReadableStream: a byte stream over the source (BYOB
// reads work), bodies from ReadableStreams and async iterables, the
// non-Uint8Array chunk error, and clone() of a stream body.
'use strict';
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const res = new Response('hello');
  const body = res.body;
  assert.strictEqual(res.body, body);
  assert.ok(body instanceof ReadableStream);
  const chunks = [];
  for await (const chunk of body) chunks.push(chunk);
  assert.strictEqual(chunks.length, 1);
  assert.ok(chunks[0] instanceof Uint8Array);
  assert.strictEqual(Buffer.from(chunks[0]).toString(), 'hello');
  assert.strictEqual(res.bodyUsed, true);

  // BYOB.
  const byob = new Response('abcdef').body.getReader({ mode: 'byob' });
  const first = await byob.read(new Uint8Array(4));
  assert.strictEqual(Buffer.from(first.value).toString(), 'abcd');
  const second = await byob.read(new Uint8Array(4));
  assert.strictEqual(Buffer.from(second.value).toString(), 'ef');

  // An empty body is a stream that ends at once.
  const empty = new Response('').body.getReader();
  assert.deepStrictEqual(await empty.read(), { value: undefined, done: true });

  // Stream bodies.
  const fromStream = new Response(new ReadableStream({
    start(c) {
      c.enqueue(new Uint8Array([104, 105]));
      c.enqueue(new Uint8Array([33]));
      c.close();
    },
  }));
  assert.strictEqual(fromStream.headers.get('content-type'), null);
  assert.strictEqual(await fromStream.text(), 'hi!');
  assert.strictEqual(await new Response(Readable.from([Buffer.from('ab'), Buffer.from('cd')])).text(),
                     'abcd');
  assert.strictEqual(await new Response((async function*() {
    yield new Uint8Array([65]);
  })()).text(), 'A');
  await assert.rejects(new Response(new ReadableStream({
    start(c) {
      c.enqueue('str');
      c.close();
    },
  })).text(), { name: 'TypeError', message: 'Received non-Uint8Array chunk' });
  const disturbed = new ReadableStream();
  await disturbed.cancel();
  assert.throws(() => new Response(disturbed), {
    name: 'TypeError', message: 'Response body object should not be disturbed or locked',
  });

  // Cloning a stream body tees it.
  const teed = new Response(new ReadableStream({
    start(c) {
      c.enqueue(new Uint8Array([65]));
      c.close();
    },
  }));
  const other = teed.clone();
  assert.deepStrictEqual([await teed.text(), await other.text()], ['A', 'A']);
})().then(common.mustCall());

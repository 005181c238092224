'use strict';
// pipeThrough returns the transform's readable side, chains, and keeps
// order; its options are checked and a locked stream is refused.
const assert = require('node:assert');
const common = require('../../common');

(async () => {
  const upper = () => new TransformStream({
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); },
  });
  const double = () => new TransformStream({
    transform(chunk, c) { c.enqueue(chunk); c.enqueue(chunk); },
  });
  const out = ReadableStream.from(['a', 'b', 'c']).pipeThrough(upper()).pipeThrough(double());
  const chunks = [];
  for await (const c of out) chunks.push(c);
  assert.deepStrictEqual(chunks, ['A', 'A', 'B', 'B', 'C', 'C']);

  const rs = new ReadableStream();
  assert.throws(() => rs.pipeThrough({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "transform.readable" property must be an instance of ReadableStream. Received undefined',
  });
  const ts = upper();
  ts.writable.getWriter();
  assert.throws(() => rs.pipeThrough(ts), { message: 'Invalid state: The WritableStream is locked' });
  rs.getReader();
  assert.throws(() => rs.pipeThrough(upper()), { message: 'Invalid state: The ReadableStream is locked' });
})().then(common.mustCall());

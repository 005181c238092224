'use strict';
// pipeline() failures with web streams: a failing source aborts the web
// destination with its error; a failing web sink stops the pipeline; a
// failing node transform cancels the web source; a locked stream or a piece
// that cannot be read is reported.
const assert = require('node:assert');
const { pipeline, Readable, Transform } = require('node:stream');
const common = require('../../common');

{
  const boom = new Error('source');
  const rs = new ReadableStream({ start(c) { c.error(boom); } });
  const ws = new WritableStream({ abort: common.mustCall((reason) => assert.strictEqual(reason, boom)) });
  pipeline(rs, ws, common.mustCall((err) => assert.strictEqual(err, boom)));
}

{
  const sinkError = new Error('sink');
  const ws = new WritableStream({ write(chunk) { if (chunk === 'b') throw sinkError; } });
  pipeline(ReadableStream.from(['a', 'b', 'c']), ws,
           common.mustCall((err) => assert.strictEqual(err, sinkError)));
}

{
  const nodeSource = new Readable({ read() { this.destroy(new Error('node source')); } });
  const ws = new WritableStream({ abort: common.mustCall() });
  pipeline(nodeSource, ws, common.mustCall((err) => assert.strictEqual(err.message, 'node source')));
}

{
  let cancelled = false;
  let i = 0;
  const rs = new ReadableStream({
    pull(c) { c.enqueue(i++); },
    cancel: common.mustCall(() => { cancelled = true; }),
  });
  const failing = new Transform({ objectMode: true, transform(c, e, cb) { cb(new Error('transform')); } });
  pipeline(rs, failing, new WritableStream(), common.mustCall((err) => {
    assert.strictEqual(err.message, 'transform');
    assert.strictEqual(cancelled, true);
  }));
}

{
  const ts = new TransformStream({ transform() { throw new Error('ts'); } });
  pipeline(ReadableStream.from(['a']), ts, new WritableStream(),
           common.mustCall((err) => assert.strictEqual(err.message, 'ts')));
}

{
  const rs = ReadableStream.from(['a']);
  rs.getReader();
  pipeline(rs, new WritableStream(), common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_STATE');
  }));
}

assert.throws(() => pipeline(ReadableStream.from([]), new WritableStream(), new TransformStream(),
                             () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "val" argument must be an instance of Readable, Iterable, AsyncIterable, ReadableStream, or TransformStream\. Received an instance of WritableStream$/,
});

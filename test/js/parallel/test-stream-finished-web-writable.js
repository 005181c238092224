'use strict';
// stream.finished() on a WHATWG WritableStream: done once closed, failed with
// the abort reason or the sink's error; a TransformStream is neither kind of
// stream and is refused.
const assert = require('node:assert');
const { finished } = require('node:stream');
const common = require('../../common');

{
  const ws = new WritableStream();
  finished(ws, common.mustCall((err) => assert.strictEqual(err, undefined)));
  ws.getWriter().close();
}

{
  const reason = new Error('aborted');
  const ws = new WritableStream();
  finished(ws, common.mustCall((err) => assert.strictEqual(err, reason)));
  ws.abort(reason);
}

{
  const sinkError = new Error('sink');
  const ws = new WritableStream({ write() { throw sinkError; } });
  finished(ws, common.mustCall((err) => assert.strictEqual(err, sinkError)));
  ws.getWriter().write('x').catch(common.mustCall());
}

assert.throws(() => finished(new TransformStream(), () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, ' +
    'WritableStream, or Stream. Received an instance of TransformStream',
});
assert.throws(() => finished(new WritableStream(), {}, 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });

'use strict';
// stream.addAbortSignal() with web streams: the stream is errored with an
// AbortError (cause: the signal's reason) as its controller's error() would
// do; byte streams stay as they are; a TransformStream fails with a TypeError.
const assert = require('node:assert');
const { inspect } = require('node:util');
const { addAbortSignal } = require('node:stream');
const common = require('../../common');

{
  const ac = new AbortController();
  const rs = new ReadableStream({ cancel: common.mustNotCall() });
  assert.strictEqual(addAbortSignal(ac.signal, rs), rs);
  const reader = rs.getReader();
  reader.read().then(common.mustNotCall(), common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.cause, 'why');
  }));
  ac.abort('why');
  assert.match(inspect(rs), /state: 'errored'/);
}

{
  const ws = new WritableStream({ abort: common.mustNotCall() });
  addAbortSignal(AbortSignal.abort(), ws);
  assert.match(inspect(ws), /state: 'erroring'/);
  ws.getWriter().closed.catch(common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
  }));
}

{
  const bytes = new ReadableStream({ type: 'bytes' });
  addAbortSignal(AbortSignal.abort(), bytes);
  assert.match(inspect(bytes), /state: 'readable'/);
}

{
  // Internal streams too: a TransformStream's sides.
  const ts = new TransformStream();
  addAbortSignal(AbortSignal.abort(), ts.readable);
  assert.match(inspect(ts.readable), /state: 'errored'/);
  assert.throws(() => addAbortSignal(AbortSignal.abort(), new TransformStream()), {
    name: 'TypeError',
    message: 'stream[kControllerErrorFunction] is not a function',
  });
}

{
  // A stream already closed is left alone.
  const rs = new ReadableStream({ start(c) { c.close(); } });
  const ac = new AbortController();
  addAbortSignal(ac.signal, rs);
  setImmediate(common.mustCall(() => {
    ac.abort();
    assert.match(inspect(rs), /state: 'closed'/);
  }));
}

assert.throws(() => addAbortSignal(AbortSignal.abort(), {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => addAbortSignal('x', new ReadableStream()), { code: 'ERR_INVALID_ARG_TYPE' });

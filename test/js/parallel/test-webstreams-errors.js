'use strict';
// Misuse of web streams throws node's errors: codes, classes and messages.
const assert = require('node:assert');
const common = require('../../common');

const rs = new ReadableStream();
rs.getReader();
assert.throws(() => rs.getReader(), {
  name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked',
});
assert.throws(() => rs.tee(), { code: 'ERR_INVALID_STATE' });
assert.throws(() => new ReadableStream().getReader({ mode: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.mode' is invalid. Received 'x'",
});
assert.throws(() => new ReadableStream(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source" argument must be of type object. Received type number (1)',
});
assert.throws(() => new ReadableStream({ type: 'foo' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new ReadableStream({}, { highWaterMark: -1 }), {
  name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'strategy.highWaterMark' is invalid. Received -1",
});
assert.throws(() => new ReadableStream({ pull: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source.pull" property must be of type function. Received type number (1)',
});
assert.throws(() => new ReadableStreamDefaultReader(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new ReadableStreamDefaultController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type ReadableStream',
});
new ReadableStream({
  start: common.mustCall((c) => {
    c.close();
    assert.throws(() => c.enqueue(1), { message: 'Invalid state: Controller is already closed' });
    assert.throws(() => c.close(), { message: 'Invalid state: Controller is already closed' });
  }),
});

const ws = new WritableStream();
ws.getWriter();
assert.throws(() => ws.getWriter(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is locked' });
assert.throws(() => new WritableStream({ type: 'bytes' }), { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new WritableStream({ write: 'no' }), { code: 'ERR_INVALID_ARG_TYPE' });

(async () => {
  await assert.rejects(rs.cancel(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked' });
  await assert.rejects(ws.abort(), { message: 'Invalid state: WritableStream is locked' });
  await assert.rejects(ws.close(), { message: 'Invalid state: WritableStream is locked' });
  await assert.rejects(ReadableStream.prototype.cancel.call({}), { code: 'ERR_INVALID_THIS' });
  await assert.rejects(ReadableStreamDefaultReader.prototype.read.call({}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type ReadableStreamDefaultReader',
  });
  const errored = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
  await assert.rejects(errored.getReader().read(), { message: 'boom' });
})().then(common.mustCall());

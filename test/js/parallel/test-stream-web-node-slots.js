'use strict';
// The slots node keeps on web streams under registered symbols (read by
// readable-stream 4): 'nodejs.webstream.isClosedPromise' holds { promise }
// settled when the stream closes or errors; 'nodejs.webstream.
// controllerErrorFunction' errors the stream as its controller would (a
// no-op for byte streams). TransformStreams have neither.
const assert = require('node:assert');
const common = require('../../common');

const kClosed = Symbol.for('nodejs.webstream.isClosedPromise');
const kError = Symbol.for('nodejs.webstream.controllerErrorFunction');

{
  const rs = new ReadableStream({ start(c) { c.close(); } });
  assert.strictEqual(rs[kClosed], rs[kClosed]);
  rs[kClosed].promise.then(common.mustCall((v) => assert.strictEqual(v, undefined)));
}

{
  const rs = new ReadableStream();
  const boom = new Error('boom');
  rs[kClosed].promise.then(common.mustNotCall(), common.mustCall((e) => assert.strictEqual(e, boom)));
  rs[kError](boom);
  rs.getReader().closed.catch(common.mustCall((e) => assert.strictEqual(e, boom)));
}

{
  const ws = new WritableStream();
  ws[kClosed].promise.then(common.mustCall());
  ws.getWriter().close();

  const ws2 = new WritableStream();
  ws2[kError](new Error('w'));
  ws2[kClosed].promise.catch(common.mustCall((e) => assert.strictEqual(e.message, 'w')));
}

{
  const bytes = new ReadableStream({ type: 'bytes' });
  assert.strictEqual(typeof bytes[kError], 'function');
  bytes[kError](new Error('ignored'));
  bytes.getReader().closed.then(common.mustNotCall(), common.mustNotCall());
}

assert.strictEqual(new TransformStream()[kClosed], undefined);
assert.strictEqual(new TransformStream()[kError], undefined);

'use strict';
// stream.finished() on a WHATWG ReadableStream: the callback runs (with the
// stream as `this`) on the tick after the stream closes or is cancelled (no
// error) or errors (its error); an options.signal that aborts first gives an
// AbortError; the return value is a no-op cleanup function.
const assert = require('node:assert');
const { finished } = require('node:stream');
const common = require('../../common');

{
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } });
  let drained = false;
  const cleanup = finished(rs, common.mustCall(function(err) {
    assert.strictEqual(arguments.length, 1);
    assert.strictEqual(err, undefined);
    assert.strictEqual(this, rs);
    assert.strictEqual(drained, true);
  }));
  assert.strictEqual(typeof cleanup, 'function');
  assert.strictEqual(cleanup(), undefined);
  // Still open while the chunk is queued: finished waits for the read.
  rs.getReader().read().then(common.mustCall(() => { drained = true; }));
}

{
  const boom = new Error('boom');
  const rs = new ReadableStream({ start(c) { c.error(boom); } });
  finished(rs, common.mustCall((err) => assert.strictEqual(err, boom)));
}

{
  const rs = new ReadableStream();
  rs.cancel('reason');
  finished(rs, common.mustCall((err) => assert.strictEqual(err, undefined)));
}

{
  // The callback is not synchronous even for a stream already closed.
  const rs = new ReadableStream({ start(c) { c.close(); } });
  let sync = true;
  finished(rs, common.mustCall(() => assert.strictEqual(sync, false)));
  sync = false;
}

{
  const ac = new AbortController();
  const rs = new ReadableStream();
  finished(rs, { signal: ac.signal }, common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cause, 'stop');
  }));
  ac.abort('stop');
}

{
  const rs = new ReadableStream();
  finished(rs, { signal: AbortSignal.abort() }, common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
  }));
}

// A promise form through stream/promises.
require('node:stream/promises').finished(
  new ReadableStream({ start(c) { c.close(); } })).then(common.mustCall());

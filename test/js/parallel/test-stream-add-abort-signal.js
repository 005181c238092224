'use strict';
// addAbortSignal and the `signal` option: aborting destroys the stream with
// an AbortError whose cause is the signal's reason.
const assert = require('node:assert');
const stream = require('node:stream');
const common = require('../../common');

const ac = new AbortController();
const r = stream.addAbortSignal(ac.signal, new stream.Readable({ read() {} }));
r.on('error', common.mustCall((e) => {
  assert.strictEqual(e.name, 'AbortError');
  assert.strictEqual(e.code, 'ABORT_ERR');
  assert.strictEqual(e.cause, ac.signal.reason);
}));
r.on('close', common.mustCall());
ac.abort();

const w = new stream.Writable({ write(c, e, cb) { cb(); }, signal: AbortSignal.abort('why') });
w.on('error', common.mustCall((e) => {
  assert.strictEqual(e.name, 'AbortError');
  assert.strictEqual(e.cause, 'why');
}));
assert.strictEqual(w.destroyed, true);

assert.throws(() => stream.addAbortSignal('x', new stream.PassThrough()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received type string (\'x\')',
});
assert.throws(() => stream.addAbortSignal(new AbortController().signal, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
});

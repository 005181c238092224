'use strict';
// Misuse of a Writable: the error codes thrown synchronously and the ones
// delivered through callbacks and 'error'.
const assert = require('node:assert');
const { Writable } = require('node:stream');
const common = require('../../common');

const w = new Writable({ write(c, e, cb) { cb(); } });
assert.throws(() => w.write(null), {
  code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError', message: 'May not write null values to stream',
});
assert.throws(() => w.write(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "chunk" argument must be of type string or an instance of Buffer, TypedArray, ' +
    'or DataView. Received type number (5)',
});
assert.throws(() => w.write('x', 'nope'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
assert.throws(() => w.setDefaultEncoding('nope'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.strictEqual(w.setDefaultEncoding('HEX'), w);

w.end();
w.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  assert.strictEqual(err.message, 'write after end');
}));
assert.strictEqual(w.write('late', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
})), false);

const noWrite = new Writable();
assert.throws(() => noWrite.write('x'), {
  code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The _write() method is not implemented',
});

const twice = new Writable({ write(c, e, cb) { cb(); cb(); } });
twice.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK');
  assert.strictEqual(err.message, 'Callback called multiple times');
}));
twice.write('x');

const done = new Writable({ write(c, e, cb) { cb(); } });
done.end();
done.on('close', common.mustCall(() => {
  done.end(common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_ALREADY_FINISHED');
    assert.strictEqual(err.message, 'Cannot call end after a stream was finished');
  }));
}));

const notReadable = new Writable({ write(c, e, cb) { cb(); } });
notReadable.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_CANNOT_PIPE')));
notReadable.pipe(new Writable());

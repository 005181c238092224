'use strict';
// pipeline(...streams, cb): returns the last stream, calls back once after
// the last one finished, and on failure destroys every stream and reports
// the first error.
const assert = require('node:assert');
const { Readable, Writable, Transform, PassThrough, pipeline } = require('node:stream');
const common = require('../../common');

const out = [];
const src = Readable.from(['a', 'b']);
const up = new Transform({
  objectMode: true,
  transform(chunk, enc, cb) { cb(null, chunk.toUpperCase()); },
});
const dst = new Writable({ objectMode: true, write(chunk, enc, cb) { out.push(chunk); cb(); } });
const ret = pipeline(src, up, dst, common.mustCall((err) => {
  assert.strictEqual(err, undefined);
  assert.deepStrictEqual(out, ['A', 'B']);
  assert.ok(src.destroyed && up.destroyed && dst.destroyed);
}));
assert.strictEqual(ret, dst);

const s2 = new Readable({ read() {} });
const bad = new Transform({ transform(chunk, enc, cb) { cb(new Error('broken')); } });
const d2 = new PassThrough();
pipeline(s2, bad, d2, common.mustCall((err) => {
  assert.strictEqual(err.message, 'broken');
  assert.ok(s2.destroyed && bad.destroyed && d2.destroyed);
}));
s2.push('x');

const s3 = new Readable({ read() {} });
pipeline(s3, new PassThrough(), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
}));
setTimeout(() => s3.destroy(), 1);

// The streams may come as one array.
pipeline([Readable.from(['z']), new PassThrough({ objectMode: true })], common.mustSucceed());

assert.throws(() => pipeline(new PassThrough(), () => {}), {
  code: 'ERR_MISSING_ARGS', message: 'The "streams" argument must be specified',
});
assert.throws(() => pipeline(new PassThrough(), new PassThrough()), {
  code: 'ERR_INVALID_ARG_TYPE',
});

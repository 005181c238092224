'use strict';
// cork() queues writes; uncork() (or end()) flushes them through _writev in
// one call when there is a _writev; writableCorked counts nesting.
const assert = require('node:assert');
const { Writable } = require('node:stream');
const common = require('../../common');

const calls = [];
const w = new Writable({
  write(chunk, enc, cb) { calls.push(`write:${chunk}`); cb(); },
  writev(chunks, cb) {
    calls.push(`writev:${chunks.map((c) => `${c.chunk}/${c.encoding}`).join(',')}:${chunks.allBuffers}`);
    cb();
  },
});
w.cork();
w.cork();
assert.strictEqual(w.writableCorked, 2);
w.write('a', common.mustCall());
w.write('b', common.mustCall());
assert.strictEqual(w.writableLength, 2);
w.uncork();
assert.deepStrictEqual(calls, []);
w.uncork();
assert.deepStrictEqual(calls, ['writev:a/buffer,b/buffer:true']);
assert.strictEqual(w.writableCorked, 0);

// end() uncorks fully.
w.cork();
w.cork();
w.write('c');
w.write('d');
w.end('e');
assert.strictEqual(w.writableCorked, 0);
w.on('finish', common.mustCall(() => {
  assert.deepStrictEqual(calls, ['writev:a/buffer,b/buffer:true', 'writev:c/buffer,d/buffer,e/buffer:true']);
}));

// Without _writev, queued chunks go one by one; with only _writev, single
// writes go through it as a one-element list.
const only = new Writable({
  decodeStrings: false,
  writev(chunks, cb) {
    assert.deepStrictEqual(chunks.map((c) => [c.chunk, c.encoding]), [['s', 'latin1']]);
    cb();
  },
});
only.write('s', 'latin1', common.mustCall());

'use strict';
// pipe(): the source pauses when the destination's write() returns false and
// resumes on 'drain'; every byte arrives in order; the destination is ended
// and emits 'unpipe' when the source ends.
const assert = require('node:assert');
const { Readable, Writable } = require('node:stream');
const common = require('../../common');

let produced = 0;
const r = new Readable({
  highWaterMark: 16,
  read() {
    produced++;
    this.push(produced <= 50 ? Buffer.alloc(10, produced) : null);
  },
});
let inFlight = 0;
let maxInFlight = 0;
const received = [];
const w = new Writable({
  highWaterMark: 20,
  write(chunk, enc, cb) {
    inFlight = w.writableLength;
    maxInFlight = Math.max(maxInFlight, inFlight);
    received.push(chunk[0]);
    setImmediate(cb);
  },
});
let pauses = 0;
r.on('pause', () => pauses++);
w.on('pipe', common.mustCall((src) => assert.strictEqual(src, r)));
w.on('unpipe', common.mustCall((src) => assert.strictEqual(src, r)));
w.on('finish', common.mustCall(() => {
  assert.strictEqual(received.length, 50);
  assert.deepStrictEqual(received, Array.from({ length: 50 }, (_, i) => i + 1));
  assert.ok(pauses > 0, 'the source was paused at least once');
  assert.ok(maxInFlight <= 40, `queue stayed bounded (${maxInFlight})`);
}));
assert.strictEqual(r.pipe(w), w);
assert.strictEqual(r._readableState.pipes.length, 1);

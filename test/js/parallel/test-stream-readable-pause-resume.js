'use strict';
// readableFlowing goes null → true (resume / 'data') → false (pause);
// 'pause' and 'resume' events; a paused stream queues pushes; pipe/'data'
// do not restart an explicitly paused stream.
const assert = require('node:assert');
const { Readable } = require('node:stream');
const common = require('../../common');

const r = new Readable({ read() {} });
assert.strictEqual(r.readableFlowing, null);
assert.strictEqual(r.isPaused(), false);
r.on('pause', common.mustCall());
r.on('resume', common.mustCall(2));

r.resume();
assert.strictEqual(r.readableFlowing, true);
r.pause();
assert.strictEqual(r.readableFlowing, false);
assert.strictEqual(r.isPaused(), true);
r.pause(); // No second 'pause'.

// Adding 'data' while explicitly paused does not resume.
const got = [];
r.on('data', (d) => got.push(String(d)));
r.push('x');
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(got, []);
  assert.strictEqual(r.readableLength, 1);
  r.resume();
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(got, ['x']);
    assert.strictEqual(r.readableFlowing, true);
  }), 2);
}), 2);

'use strict';
// Transform: _transform's callback may carry the output; _flush adds a last
// chunk before 'end'; the event order is data…, prefinish, end, finish, close.
const assert = require('node:assert');
const { Transform } = require('node:stream');
const common = require('../../common');

const order = [];
const t = new Transform({
  transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); },
  flush(cb) { order.push('_flush'); cb(null, '!'); },
});
t.on('data', (d) => order.push(`data:${d}`));
for (const ev of ['prefinish', 'end', 'finish', 'close']) t.on(ev, () => order.push(ev));
t.write('a');
t.end('b', () => order.push('end cb'));
t.on('close', common.mustCall(() => {
  assert.deepStrictEqual(order, [
    'data:A', 'data:B', '_flush', 'data:!', 'prefinish', 'end', 'end cb', 'finish', 'close',
  ]);
}));

// Pushing several chunks from one _transform, and an error from it.
const split = new Transform({
  transform(chunk, enc, cb) {
    for (const ch of String(chunk)) this.push(ch);
    cb();
  },
});
const parts = [];
split.on('data', (d) => parts.push(String(d)));
split.on('end', common.mustCall(() => assert.deepStrictEqual(parts, ['x', 'y'])));
split.end('xy');

const bad = new Transform({ transform(chunk, enc, cb) { cb(new Error('no')); } });
bad.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'no')));
bad.write('z', common.mustCall((e) => assert.strictEqual(e.message, 'no')));

const missing = new Transform();
assert.throws(() => missing.write('x'), {
  code: 'ERR_METHOD_NOT_IMPLEMENTED', message: 'The _transform() method is not implemented',
});

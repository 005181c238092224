'use strict';
// destroy(): 'error' (if given an error) then 'close' on a later tick, each
// once; the state accessors; the callback; a second destroy() is a no-op;
// chunks already being flowed out still arrive.
const assert = require('node:assert');
const { Readable } = require('node:stream');
const common = require('../../common');

const r = new Readable({ read() {} });
const order = [];
r.on('error', (e) => order.push(`error:${e.message}`));
r.on('close', common.mustCall(() => {
  order.push('close');
  // The default _destroy calls back synchronously.
  assert.deepStrictEqual(order, ['cb', 'sync', 'error:boom', 'close']);
}));
const err = new Error('boom');
r.destroy(err, common.mustCall((e) => { assert.strictEqual(e, err); order.push('cb'); }));
order.push('sync');
assert.strictEqual(r.destroyed, true);
assert.strictEqual(r.errored, err);
assert.strictEqual(r.readableAborted, true);
assert.strictEqual(r.readable, false);
r.destroy(new Error('second'), common.mustCall((e) => assert.strictEqual(e, undefined)));

// Destroying during flow: no 'end', 'close' only.
const f = new Readable({ read() {} });
const data = [];
f.on('data', (d) => {
  data.push(String(d));
  if (data.length === 2) f.destroy();
});
f.on('end', common.mustNotCall());
f.on('error', common.mustNotCall());
f.on('close', common.mustCall(() => {
  assert.deepStrictEqual(data, ['a', 'b', 'c']);
  assert.strictEqual(f.errored, null);
}));
f.push('a');
f.push('b');
f.push('c');

// A custom _destroy can replace the error.
const c = new Readable({
  read() {},
  destroy(e, cb) { cb(new Error('replaced')); },
});
c.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'replaced')));
c.destroy(new Error('original'));

// emitClose: false suppresses 'close'.
const q = new Readable({ read() {}, emitClose: false });
q.on('close', common.mustNotCall());
q.destroy();

'use strict';
// _construct runs on the next tick; reads and writes wait for it; an error
// from it destroys the stream; destroy() during construction waits for it.
const assert = require('node:assert');
const { Readable, Writable, Duplex } = require('node:stream');
const common = require('../../common');

const order = [];
const w = new Writable({
  construct(cb) {
    order.push('_construct');
    setTimeout(() => { order.push('constructed'); cb(); }, 2);
  },
  write(chunk, enc, cb) { order.push(`_write ${chunk}`); cb(); },
});
w.write('early');
order.push('sync');
w.end();
w.on('finish', common.mustCall(() => {
  assert.deepStrictEqual(order, ['sync', '_construct', 'constructed', '_write early']);
}));

const bad = new Readable({ construct(cb) { cb(new Error('cannot')); }, read() {} });
bad.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'cannot')));
bad.on('close', common.mustCall());

const seq = [];
const early = new Readable({
  construct(cb) { setTimeout(() => { seq.push('construct done'); cb(); }, 2); },
  read() {},
  destroy(err, cb) { seq.push(`_destroy ${err.message}`); cb(err); },
});
early.destroy(new Error('early'));
early.on('error', common.mustCall(() => seq.push('error')));
early.on('close', common.mustCall(() => {
  assert.deepStrictEqual(seq, ['construct done', '_destroy early', 'error']);
}));

// One _construct for both sides of a duplex.
let constructs = 0;
const d = new Duplex({
  construct(cb) { constructs++; cb(); },
  read() { this.push(null); },
  write(c, e, cb) { cb(); },
});
d.resume();
d.end('x');
d.on('close', common.mustCall(() => assert.strictEqual(constructs, 1)));

const twice = new Writable({ construct(cb) { cb(); cb(); }, write(c, e, cb) { cb(); } });
twice.on('error', common.mustCall((e) => assert.strictEqual(e.code, 'ERR_MULTIPLE_CALLBACK')));

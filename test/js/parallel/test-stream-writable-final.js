'use strict';
// _final runs after the last write and before 'prefinish'/'finish'; an error
// from it goes to 'error' and to the end() callback.
const assert = require('node:assert');
const { Writable } = require('node:stream');
const common = require('../../common');

const order = [];
const w = new Writable({
  write(chunk, enc, cb) { order.push('_write'); setTimeout(cb, 1); },
  final(cb) {
    order.push('_final');
    setTimeout(() => { order.push('final done'); cb(); }, 1);
  },
});
w.on('prefinish', () => order.push('prefinish'));
w.on('finish', common.mustCall(() => {
  order.push('finish');
  assert.deepStrictEqual(order, ['_write', '_final', 'final done', 'prefinish', 'end cb', 'finish']);
}));
w.end('x', () => order.push('end cb'));

const bad = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { cb(new Error('final failed')); },
});
const seq = [];
bad.on('finish', common.mustNotCall());
bad.on('error', common.mustCall((e) => seq.push(`error:${e.message}`)));
bad.on('close', () => seq.push('close'));
bad.end(common.mustCall((err) => {
  assert.strictEqual(err.message, 'final failed');
  assert.deepStrictEqual(seq, ['error:final failed', 'close']);
}));

// A throwing _final is the same as an error.
const thrower = new Writable({ write(c, e, cb) { cb(); }, final() { throw new Error('thrown'); } });
thrower.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'thrown')));
thrower.end();

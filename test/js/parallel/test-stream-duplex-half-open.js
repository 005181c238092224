'use strict';
// Duplex sides: allowHalfOpen false ends the writable side when the readable
// side ends; readable:false / writable:false switch a side off; a Duplex is
// an instanceof Writable.
const assert = require('node:assert');
const { Duplex, Writable, Readable } = require('node:stream');
const common = require('../../common');

const d = new Duplex({
  allowHalfOpen: false,
  read() {},
  write(chunk, enc, cb) { cb(); },
  final: common.mustCall((cb) => cb()),
});
assert.strictEqual(d.allowHalfOpen, false);
d.resume();
d.push(null);
d.on('close', common.mustCall(() => {
  assert.strictEqual(d.writableEnded, true);
  assert.strictEqual(d.writableFinished, true);
}));

const half = new Duplex({ read() {}, write(chunk, enc, cb) { cb(); } });
assert.strictEqual(half.allowHalfOpen, true);
half.resume();
half.push(null);
half.on('end', common.mustCall(() => {
  setTimeout(common.mustCall(() => {
    assert.strictEqual(half.writable, true);
    assert.strictEqual(half.destroyed, false);
    half.end();
    half.on('close', common.mustCall());
  }), 2);
}));

const wOnly = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
assert.strictEqual(wOnly.readable, false);
assert.strictEqual(wOnly.writable, true);
wOnly.on('end', common.mustNotCall());
wOnly.end('x');
wOnly.on('close', common.mustCall());

const rOnly = new Duplex({ writable: false, read() { this.push(null); } });
assert.strictEqual(rOnly.writable, false);
assert.strictEqual(rOnly.writableFinished, true);
rOnly.resume();
rOnly.on('close', common.mustCall());

assert.ok(new Duplex() instanceof Writable);
assert.ok(new Duplex() instanceof Readable);
assert.ok(!(new Readable() instanceof Writable));

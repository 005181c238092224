'use strict';
// Pre-class patterns packages still use: util.inherits subclasses whose
// constructors call Readable/Writable/Transform.call(this, opts), calling the
// constructors without new, and the legacy Stream base with its pipe().
const assert = require('node:assert');
const util = require('node:util');
const stream = require('node:stream');
const common = require('../../common');

const { Readable, Writable, Transform, PassThrough } = stream;

function Counter(opts) {
  if (!(this instanceof Counter)) return new Counter(opts);
  Readable.call(this, opts);
  this.n = 0;
}
util.inherits(Counter, Readable);
Counter.prototype._read = function() {
  this.n++;
  this.push(this.n <= 3 ? String(this.n) : null);
};

function Bracket(opts) { Transform.call(this, opts); }
util.inherits(Bracket, Transform);
Bracket.prototype._transform = function(chunk, enc, cb) { cb(null, `<${chunk}>`); };

function Sink(opts) {
  Writable.call(this, opts);
  this.data = '';
}
util.inherits(Sink, Writable);
Sink.prototype._write = function(chunk, enc, cb) { this.data += chunk; cb(); };

const sink = new Sink();
const c = Counter();
assert.ok(c instanceof Readable);
assert.ok(c instanceof stream.Stream);
assert.ok(sink instanceof Writable);
c.pipe(new Bracket()).pipe(sink);
sink.on('finish', common.mustCall(() => assert.strictEqual(sink.data, '<1><2><3>')));

// Without new.
assert.ok(Readable() instanceof Readable);
assert.ok(Writable() instanceof Writable);
assert.ok(Transform() instanceof Transform);

// The module is the legacy class; its pipe moves 'data' and ends dest.
assert.strictEqual(stream.Stream, stream);
assert.ok(new stream() instanceof require('node:events'));
function Legacy() { stream.call(this); this.readable = true; }
util.inherits(Legacy, stream);
const src = new Legacy();
const dest = new PassThrough();
const got = [];
dest.on('data', (d) => got.push(String(d)));
dest.on('pipe', common.mustCall((s) => assert.strictEqual(s, src)));
dest.on('finish', common.mustCall(() => assert.deepStrictEqual(got, ['one', 'two'])));
assert.strictEqual(src.pipe(dest), dest);
src.emit('data', 'one');
src.emit('data', 'two');
src.emit('end');

// eddy: stream.Transform — a Duplex whose output is computed from its input.
// Each written chunk goes to _transform(chunk, encoding, callback); the
// callback (optionally with a result to push) acknowledges the write. While
// the readable side is full, the acknowledgement is held back until the
// consumer reads (_read releases it), which is how back-pressure crosses from
// the output to the input. At the end, _flush may push a last chunk.
'use strict';

const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');
const {
  codes: { ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');

// The held-back write acknowledgement.
const kCallback = Symbol('kCallback');
// Per-stream state for the write in progress; see transformDone.
const kPending = Symbol('kPending');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // A readable side sized 0 would never hold a chunk and never release the
  // writable side; the writable side then defaults to 0 as well.
  const readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);

  // Pushes from _transform may be delivered at once: they come from write(),
  // not from inside _read.
  this._readableState.sync = false;
  this[kCallback] = null;
  this[kPending] = null;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // Subclasses that override _final still get _flush run at prefinish.
  this.on('prefinish', prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function _transform(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

// One record per stream, reused for every write (writes never overlap), and
// one callback bound to it: no closure per chunk.
function pendingOf(stream) {
  let p = stream[kPending];
  if (p === null || p === undefined) {
    p = { stream, callback: null, length: 0, done: null };
    p.done = transformDone.bind(p);
    stream[kPending] = p;
  }
  return p;
}

function transformDone(err, val) {
  const stream = this.stream;
  const callback = this.callback;
  if (err) {
    callback(err);
    return;
  }
  if (val != null) stream.push(val);

  const r = stream._readableState;
  const w = stream._writableState;
  if (w.ended || this.length === r.length || r.length < r.highWaterMark) {
    callback();
  } else {
    stream[kCallback] = callback;
  }
}

Transform.prototype._write = function _write(chunk, encoding, callback) {
  const p = pendingOf(this);
  p.callback = callback;
  p.length = this._readableState.length;
  this._transform(chunk, encoding, p.done);
};

Transform.prototype._read = function _read() {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};

module.exports = Transform;

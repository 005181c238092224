// eddy: stream.Duplex — a Readable that is also a Writable. It inherits from
// Readable and borrows Writable's methods and accessors; both states live
// on the one object. With allowHalfOpen false, the end of the readable side
// ends the writable side (see readable.js).
'use strict';

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { kAfterConstruct } = require('internal/streams/utils');
const { ReadableState } = Readable;
const { WritableState } = Writable;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  this._readableState = new ReadableState(options, this, true);
  this._writableState = new WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;

    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }

    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, this);
    }
  } else {
    this.allowHalfOpen = true;
  }

  Stream.call(this, options);

  if (typeof this._construct === 'function') {
    // One _construct serves both sides; each side resumes its own work.
    destroyImpl.construct(this, () => { Readable[kAfterConstruct](this); });
    destroyImpl.construct(this, () => { Writable[kAfterConstruct](this); });
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// Writable's methods, except where Readable already has one (destroy is
// Writable's: it also fails queued writes).
{
  const keys = Object.keys(Writable.prototype);
  for (let i = 0; i < keys.length; i++) {
    const method = keys[i];
    if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
  }
}
Duplex.prototype.destroy = Writable.prototype.destroy;

// The writable-side accessors.
{
  const names = [
    'writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer',
    'writableLength', 'writableFinished', 'writableCorked', 'writableEnded',
    'writableNeedDrain',
  ];
  for (let i = 0; i < names.length; i++) {
    Object.defineProperty(Duplex.prototype, names[i],
                          Object.getOwnPropertyDescriptor(Writable.prototype, names[i]));
  }
}

Object.defineProperty(Duplex.prototype, 'destroyed', {
  get() {
    const r = this._readableState;
    const w = this._writableState;
    if (r === undefined || w === undefined) return false;
    return r.destroyed && w.destroyed;
  },
  set(value) {
    const r = this._readableState;
    const w = this._writableState;
    if (r && w) {
      r.destroyed = value;
      w.destroyed = value;
    }
  },
  configurable: true,
});

let duplexify;
Duplex.from = function(body) {
  if (duplexify === undefined) duplexify = require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

Duplex.fromWeb = function fromWeb(pair, options) {
  return require('internal/webstreams/adapters')
    .newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function toWeb(duplex) {
  return require('internal/webstreams/adapters').newReadableWritablePairFromDuplex(duplex);
};

module.exports = Duplex;

// eddy: node:stream. The module object is the legacy Stream class, carrying
// the stream classes and helpers as properties (Node 20's layout).
'use strict';

const { Stream } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const utils = require('internal/streams/utils');
const operators = require('internal/streams/operators');
const { pipeline } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const compose = require('internal/streams/compose');
const {
  getDefaultHighWaterMark,
  setDefaultHighWaterMark,
} = require('internal/streams/state');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

module.exports = Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('internal/streams/readable');

// The helpers: stream-returning ones wrap their async generator in a
// Readable; the others return their promise.
{
  const defineMethod = (name, fn, op) => {
    Object.defineProperty(fn, 'name', { value: op.name, configurable: true });
    Object.defineProperty(fn, 'length', { value: op.length, configurable: true });
    Object.defineProperty(Stream.Readable.prototype, name, {
      value: fn, enumerable: false, configurable: true, writable: true,
    });
  };

  let warnedIndexedPairs = false;
  for (const key of Object.keys(operators.streamReturningOperators)) {
    const op = operators.streamReturningOperators[key];
    defineMethod(key, function(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      if (key === 'asIndexedPairs' && !warnedIndexedPairs) {
        warnedIndexedPairs = true;
        process.emitWarning('readable.asIndexedPairs will be removed in a future version.',
                            'DeprecationWarning');
      }
      return Stream.Readable.from(Reflect.apply(op, this, args));
    }, op);
  }
  for (const key of Object.keys(operators.promiseReturningOperators)) {
    const op = operators.promiseReturningOperators[key];
    defineMethod(key, function(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return Reflect.apply(op, this, args);
    }, op);
  }
}

Stream.Writable = require('internal/streams/writable');
Stream.Duplex = require('internal/streams/duplex');
Stream.Transform = require('internal/streams/transform');
Stream.PassThrough = require('internal/streams/passthrough');
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

let promises;
function lazyPromises() {
  if (promises === undefined) promises = require('stream/promises');
  return promises;
}

Object.defineProperty(Stream, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return lazyPromises(); },
});

// util.promisify(stream.pipeline) / (stream.finished) give the promise forms.
Object.defineProperty(pipeline, kCustomPromisify, {
  enumerable: true,
  get() { return lazyPromises().pipeline; },
});
Object.defineProperty(eos, kCustomPromisify, {
  enumerable: true,
  get() { return lazyPromises().finished; },
});

// The class is its own `Stream` property (require('stream').Stream).
Stream.Stream = Stream;

Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = utils.isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

// eddy: stream.Readable.
//
// The implementation calls _read(n) when it wants data; _read answers, now or
// later, with push(chunk) (and push(null) at the end). Pushed chunks either
// go straight out as a 'data' event (flowing mode, nothing queued, and not
// inside the _read call that produced them) or into state.buffer, from which
// read() takes them.
//
// Modes: `flowing` is null until someone consumes, true while 'data' is being
// emitted, false when paused or when 'readable' listeners take over. Timing
// is node's: 'readable', 'resume', 'end' and the "read ahead up to the
// highWaterMark" step (readMore) run on later ticks, so a chunk pushed
// synchronously inside _read is never delivered inside that _read call.
'use strict';

const EE = require('events');
const { Stream, prependListener } = require('internal/streams/legacy');
const { Buffer } = require('buffer');
const destroyImpl = require('internal/streams/destroy');
const {
  getHighWaterMark,
  getDefaultHighWaterMark,
} = require('internal/streams/state');
const {
  SymbolAsyncDispose,
  isArrayBufferView,
  kAfterConstruct,
  nop,
  viewToBuffer,
} = require('internal/streams/utils');
const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const { errorOrDestroy } = destroyImpl;

// Loaded on first use: these modules require this one.
let Duplex;
let eos;
let fromIterable;
let StringDecoder;
let addAbortSignalNoValidate;

function lazyDuplex() {
  if (Duplex === undefined) Duplex = require('internal/streams/duplex');
  return Duplex;
}

function lazyStringDecoder() {
  if (StringDecoder === undefined) StringDecoder = require('string_decoder').StringDecoder;
  return StringDecoder;
}

function lazyEos() {
  if (eos === undefined) eos = require('internal/streams/end-of-stream');
  return eos;
}

const kPaused = Symbol('kPaused');

// --- state ----------------------------------------------------------------------

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = stream instanceof lazyDuplex();

  // Object mode: chunks are arbitrary values and each counts as 1.
  this.objectMode = !!(options && (options.objectMode ||
    (isDuplex && options.readableObjectMode)));
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  // Queued chunks live in buffer[bufferIndex..]; consumed slots before
  // bufferIndex are dropped in batches rather than shifting on every read.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.flowing = null;

  this.ended = false;          // push(null) seen
  this.endEmitted = false;     // 'end' emitted
  this.reading = false;        // waiting for _read to push
  this.constructed = true;     // _construct done (or none)
  // True while inside _read: chunks pushed then are queued, not emitted.
  this.sync = true;
  this.needReadable = false;   // a 'readable' is owed once data arrives
  this.emittedReadable = false;
  this.readableListening = false;
  this.resumeScheduled = false;
  this[kPaused] = null;

  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;

  const defaultEncoding = options && options.defaultEncoding;
  if (!defaultEncoding) {
    this.defaultEncoding = 'utf8';
  } else if (Buffer.isEncoding(defaultEncoding)) {
    this.defaultEncoding = String(defaultEncoding).toLowerCase();
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  // The pipe destinations whose 'drain' we wait for: one stream, or a Set
  // once more than one pipe is attached.
  this.awaitDrainWriters = null;
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;

  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    const SD = lazyStringDecoder();
    this.decoder = new SD(options.encoding);
    this.encoding = this.decoder.encoding;
  }
}

Object.defineProperties(ReadableState.prototype, {
  paused: {
    get() { return this[kPaused] !== null ? this[kPaused] : false; },
    set(value) { this[kPaused] = !!value; },
    configurable: true,
  },
  pipesCount: {
    get() { return this.pipes.length; },
    configurable: true,
  },
});

// The queue.
function bufferedCount(state) {
  return state.buffer.length - state.bufferIndex;
}

function firstChunk(state) {
  return state.buffer[state.bufferIndex];
}

function dropFirst(state) {
  const buf = state.buffer;
  const chunk = buf[state.bufferIndex];
  buf[state.bufferIndex++] = undefined;
  if (state.bufferIndex === buf.length) {
    buf.length = 0;
    state.bufferIndex = 0;
  } else if (state.bufferIndex > 1024) {
    buf.splice(0, state.bufferIndex);
    state.bufferIndex = 0;
  }
  return chunk;
}

function queueFront(state, chunk) {
  if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
  else state.buffer.unshift(chunk);
}

function clearQueue(state) {
  state.buffer.length = 0;
  state.bufferIndex = 0;
}

// --- construction -----------------------------------------------------------------

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  const isDuplex = this instanceof lazyDuplex();
  this._readableState = new ReadableState(options, this, isDuplex);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) addSignal(options.signal, this);
  }

  Stream.call(this, options);

  // No closure for the (usual) stream without a _construct.
  if (typeof this._construct === 'function') {
    destroyImpl.construct(this, () => { afterConstruct(this); });
  }
}

function afterConstruct(stream) {
  const state = stream._readableState;
  if (state.needReadable) scheduleReadMore(stream, state);
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

function addSignal(signal, stream) {
  if (addAbortSignalNoValidate === undefined) {
    addAbortSignalNoValidate =
      require('internal/streams/add-abort-signal').addAbortSignalNoValidate;
  }
  addAbortSignalNoValidate(signal, stream);
}

Readable.ReadableState = ReadableState;
Object.defineProperty(Readable, kAfterConstruct, { value: afterConstruct });

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Readable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => {
    lazyEos()(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
  });
};

// --- push / unshift ---------------------------------------------------------------

Readable.prototype.push = function push(chunk, encoding) {
  return addChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  return addChunk(this, chunk, encoding, true);
};

function addChunk(stream, chunk, encoding, toFront) {
  const state = stream._readableState;

  if (!state.objectMode) {
    // Normalise to a Buffer, or to a string in the decoder's encoding.
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (toFront && state.encoding) {
          // Unshifted text goes back in front of already-decoded text.
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (isArrayBufferView(chunk)) {
      chunk = viewToBuffer(chunk);
      encoding = '';
    } else if (chunk != null) {
      errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
      return false;
    }
  }

  if (chunk === null) {
    state.reading = false;
    onEndOfData(stream, state);
  } else if (state.objectMode || (chunk && chunk.length > 0)) {
    if (toFront) {
      if (state.endEmitted) {
        errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      } else if (state.destroyed || state.errored) {
        return false;
      } else {
        deliver(stream, state, chunk, true);
      }
    } else if (state.ended) {
      errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    } else if (state.destroyed || state.errored) {
      return false;
    } else {
      state.reading = false;
      if (state.decoder && !encoding) {
        chunk = state.decoder.write(chunk);
        if (state.objectMode || chunk.length !== 0) deliver(stream, state, chunk, false);
        else scheduleReadMore(stream, state);
      } else {
        deliver(stream, state, chunk, false);
      }
    }
  } else if (!toFront) {
    // An empty chunk: the read is over but nothing arrived.
    state.reading = false;
    scheduleReadMore(stream, state);
  }

  // "Keep pushing?": room below the highWaterMark, or nothing queued at all.
  return !state.ended && (state.length < state.highWaterMark || state.length === 0);
}

function deliver(stream, state, chunk, toFront) {
  if (state.flowing && state.length === 0 && !state.sync &&
      stream.listenerCount('data') > 0) {
    // Straight through: flowing, nothing queued ahead of it.
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += state.objectMode ? 1 : chunk.length;
    if (toFront) queueFront(state, chunk);
    else state.buffer.push(chunk);
    if (state.needReadable) emitReadable(stream);
  }
  scheduleReadMore(stream, state);
}

function onEndOfData(stream, state) {
  if (state.ended) return;
  if (state.decoder) {
    const rest = state.decoder.end();
    if (rest && rest.length) {
      state.buffer.push(rest);
      state.length += state.objectMode ? 1 : rest.length;
    }
  }
  state.ended = true;

  if (state.sync) {
    // Inside _read: let the caller of read() finish first.
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadableNow(stream);
  }
}

// --- read -------------------------------------------------------------------------

Readable.prototype.isPaused = function isPaused() {
  const state = this._readableState;
  return state[kPaused] === true || state.flowing === false;
};

Readable.prototype.setEncoding = function setEncoding(enc) {
  const SD = lazyStringDecoder();
  const decoder = new SD(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;

  // Re-decode what is already queued.
  let text = '';
  for (let i = state.bufferIndex; i < state.buffer.length; i++) {
    text += decoder.write(state.buffer[i]);
  }
  clearQueue(state);
  if (text !== '') state.buffer.push(text);
  state.length = text.length;
  return this;
};

// Asking for more than the highWaterMark raises it to the next power of two.
const kMaxHighWaterMark = 0x40000000;
function raisedHighWaterMark(n) {
  if (n > kMaxHighWaterMark) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  return n + 1;
}

// How much a read(n) can hand out now.
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended)) return 0;
  if (state.objectMode) return 1;
  if (Number.isNaN(n)) {
    // read() with no size: one chunk while flowing, everything otherwise.
    if (state.flowing && state.length) return firstChunk(state).length;
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = raisedHighWaterMark(n);
  if (n !== 0) state.emittedReadable = false;

  // read(0) with enough queued (or at the end) only triggers 'readable'/'end'.
  if (n === 0 && state.needReadable &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       state.ended)) {
    if (state.length === 0 && state.ended) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask the implementation for more when what would be left falls below the
  // highWaterMark, unless a read is already outstanding or it cannot read.
  let doRead = state.needReadable;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if (state.ended || state.reading || state.destroyed || state.errored ||
      !state.constructed) {
    doRead = false;
  } else if (doRead) {
    state.reading = true;
    state.sync = true;
    if (state.length === 0) state.needReadable = true;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state.sync = false;
    // A synchronous push may have made more available.
    if (!state.reading) n = howMuchToRead(nOrig, state);
  }

  let ret = n > 0 ? takeFromQueue(n, state) : null;

  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if (!state.ended) state.needReadable = true;
    // Drained what was left after the end.
    if (nOrig !== n && state.ended) endReadable(this);
  }

  if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }
  return ret;
};

// Removes n bytes (or one object) from the queue. n is never more than what
// is queued.
function takeFromQueue(n, state) {
  if (state.length === 0) return null;
  if (state.objectMode) return dropFirst(state);

  const count = bufferedCount(state);
  if (!n || n >= state.length) {
    // Everything.
    let ret;
    if (count === 1) ret = state.buffer[state.bufferIndex];
    else if (state.decoder) ret = state.buffer.slice(state.bufferIndex).join('');
    else ret = Buffer.concat(state.buffer.slice(state.bufferIndex), state.length);
    clearQueue(state);
    return ret;
  }

  const first = firstChunk(state);
  if (n < first.length) {
    state.buffer[state.bufferIndex] =
      typeof first === 'string' ? first.slice(n) : first.subarray(n);
    return typeof first === 'string' ? first.slice(0, n) : first.subarray(0, n);
  }
  if (n === first.length) return dropFirst(state);

  // Spans several chunks.
  if (state.decoder) {
    let ret = '';
    while (n > 0) {
      const chunk = firstChunk(state);
      if (n >= chunk.length) {
        ret += chunk;
        n -= chunk.length;
        dropFirst(state);
      } else {
        ret += chunk.slice(0, n);
        state.buffer[state.bufferIndex] = chunk.slice(n);
        n = 0;
      }
    }
    return ret;
  }
  const ret = Buffer.allocUnsafe(n);
  let offset = 0;
  while (offset < n) {
    const chunk = firstChunk(state);
    const want = n - offset;
    if (want >= chunk.length) {
      ret.set(chunk, offset);
      offset += chunk.length;
      dropFirst(state);
    } else {
      ret.set(chunk.subarray(0, want), offset);
      state.buffer[state.bufferIndex] = chunk.subarray(want);
      offset = n;
    }
  }
  return ret;
}

Readable.prototype._read = function _read(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// 'readable' is emitted on a later tick, at most once until the consumer reads.
function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadableNow, stream);
  }
}

function emitReadableNow(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Owe another 'readable' if the consumer still has room and is not flowing.
  state.needReadable = !state.flowing && !state.ended &&
    state.length <= state.highWaterMark;
  flow(stream);
}

// Reads ahead (on a later tick) until the queue reaches the highWaterMark,
// so a paused stream has data ready when it is consumed.
function scheduleReadMore(stream, state) {
  if (!state.readingMore && state.constructed) {
    state.readingMore = true;
    process.nextTick(readMore, stream, state);
  }
}

function readMore(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const before = state.length;
    stream.read(0);
    if (before === state.length) break; // Nothing came synchronously.
  }
  state.readingMore = false;
}

// --- pipe -------------------------------------------------------------------------

Readable.prototype.pipe = function pipe(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    // A second destination: track drains in a Set from now on.
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // If we were waiting on this destination's drain, stop waiting.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = drainHandler(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }

  // An error on dest unpipes; it is rethrown when nobody else handles it.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();

  return dest;
};

function drainHandler(src, dest) {
  return function pipeOnDrain() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function unpipe(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) {
      dests[i].emit('unpipe', this, { hasUnpiped: false });
    }
    return this;
  }

  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// --- listeners switch modes ---------------------------------------------------------

Readable.prototype.on = function on(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;

  if (ev === 'data') {
    // 'data' starts the flow unless the stream was paused explicitly.
    state.readableListening = this.listenerCount('readable') > 0;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) emitReadable(this);
      else if (!state.reading) process.nextTick(readZero, this);
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') {
    // Wait a tick: a 'readable' listener may be re-added in the meantime.
    process.nextTick(updateReadableListening, this);
  }
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(ev) {
  const res = Reflect.apply(Stream.prototype.removeAllListeners, this, arguments);
  if (ev === 'readable' || ev === undefined) {
    process.nextTick(updateReadableListening, this);
  }
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state[kPaused] === false) {
    state.flowing = true;
  } else if (self.listenerCount('data') > 0) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function readZero(self) {
  self.read(0);
}

// --- flowing mode ---------------------------------------------------------------------

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if (!state.flowing) {
    // With 'readable' listeners the stream stays in paused mode.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resumeNow, this, state);
    }
  }
  state[kPaused] = false;
  return this;
};

function resumeNow(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kPaused] = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing && stream.read() !== null);
}

// Adopts an old-style stream (one that only emits 'data'/'end').
Readable.prototype.wrap = function wrap(stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // Proxy the wrapped stream's own methods that we lack.
  const keys = Object.keys(stream);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (this[key] === undefined && typeof stream[key] === 'function') {
      this[key] = stream[key].bind(stream);
    }
  }
  return this;
};

// --- async iteration ----------------------------------------------------------------

Readable.prototype[Symbol.asyncIterator] = function() {
  return toAsyncIterator(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) validateObject(options, 'options');
  return toAsyncIterator(this, options);
};

function toAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') {
    stream = Readable.wrap(stream, { objectMode: true });
  }
  const iter = iterate(stream, options);
  iter.stream = stream;
  return iter;
}

async function* iterate(stream, options) {
  // `wake` resolves the pending wait; it is called by 'readable' and by the
  // end of the stream.
  let wake = nop;
  function onReadable(resolve) {
    if (this === stream) {
      wake();
      wake = nop;
    } else {
      wake = resolve;
    }
  }
  stream.on('readable', onReadable);

  // undefined: still going; null: ended cleanly; else the error.
  let error;
  const cleanup = lazyEos()(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    wake();
    wake = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(onReadable);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    const destroyOnReturn = !options || options.destroyOnReturn !== false;
    if ((error || destroyOnReturn) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', onReadable);
      cleanup();
    }
  }
}

// --- properties -----------------------------------------------------------------------

Object.defineProperties(Readable.prototype, {
  readable: {
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
    configurable: true,
  },
  readableDidRead: {
    enumerable: false,
    get() { return this._readableState.dataEmitted; },
    configurable: true,
  },
  readableAborted: {
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
    },
    configurable: true,
  },
  readableHighWaterMark: {
    enumerable: false,
    get() { return this._readableState.highWaterMark; },
    configurable: true,
  },
  readableBuffer: {
    enumerable: false,
    get() { return this._readableState && this._readableState.buffer; },
    configurable: true,
  },
  readableFlowing: {
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
    configurable: true,
  },
  readableLength: {
    enumerable: false,
    get() { return this._readableState.length; },
    configurable: true,
  },
  readableObjectMode: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.objectMode : false; },
    configurable: true,
  },
  readableEncoding: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.encoding : null; },
    configurable: true,
  },
  errored: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.errored : null; },
    configurable: true,
  },
  closed: {
    get() { return this._readableState ? this._readableState.closed : false; },
    configurable: true,
  },
  destroyed: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.destroyed : false; },
    set(value) {
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
    configurable: true,
  },
  readableEnded: {
    enumerable: false,
    get() { return this._readableState ? this._readableState.endEmitted : false; },
    configurable: true,
  },
});

// --- end ------------------------------------------------------------------------------

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(emitEnd, state, stream);
  }
}

function emitEnd(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
      // A duplex that may not stay half open ends its writable side too.
      process.nextTick(endWritableSide, stream);
    } else if (state.autoDestroy) {
      // Destroy once both sides are done.
      const w = stream._writableState;
      const done = !w || (w.autoDestroy && (w.finished || w.writable === false));
      if (done) stream.destroy();
    }
  }
}

function endWritableSide(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

// --- statics --------------------------------------------------------------------------

Readable._fromList = takeFromQueue;

Readable.from = function(iterable, opts) {
  if (fromIterable === undefined) fromIterable = require('internal/streams/from');
  return fromIterable(Readable, iterable, opts);
};

Readable.fromWeb = function fromWeb(readableStream, options) {
  return require('internal/webstreams/adapters')
    .newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function toWeb(streamReadable, options) {
  return require('internal/webstreams/adapters')
    .newReadableStreamFromStreamReadable(streamReadable, options);
};

// An old-style stream (or any object with on/pause/resume) as a Readable.
Readable.wrap = function(src, options) {
  let objectMode = src.readableObjectMode;
  if (objectMode == null) objectMode = src.objectMode;
  if (objectMode == null) objectMode = true;
  return new Readable({
    objectMode,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

module.exports = Readable;

// eddy: node:zlib. Gzip/Gunzip, Deflate/Inflate (zlib and raw), Unzip and
// Brotli as Transform streams over the C++ `zlib` binding, the one-shot
// convenience functions (callback and Sync), crc32, constants and codes.
//
// Design (node's lib/zlib.js shape, batched):
// - Each stream owns a binding handle (Zlib, BrotliEncoder, BrotliDecoder).
//   _transform hands one input chunk to handle.write(), which runs on the
//   thread pool and comes back through onWrite() with an ArrayBuffer of
//   output. Output is cut into Buffers at node's boundaries: pieces of at
//   most chunkSize bytes, the first one short by what earlier writes left
//   in node's output buffer (`_outOffset`). One thread-pool trip produces up
//   to 1 MiB of pieces (node makes one trip per piece); when it stops there
//   (writeState[1] = 1) the write is repeated, after the consumer reads if
//   the readable side is full. When nobody can see the pieces (the sole
//   consumer is pipe() into a stock fs.WriteStream), a trip's output goes
//   as one Buffer: one file write per trip instead of one per piece.
// - Flushes travel as zero-length marker Buffers written in order with the
//   data (kFlushBuffers), as in node, so flush(cb) orders with writes.
// - Sync functions run the whole input inline through handle.writeSync(),
//   which returns the complete output without per-piece copies, and close
//   the handle. One-shot calls that cannot expose their engine (no `info`,
//   no stream options) skip the Transform altogether: gzipSync() builds only
//   the handle, gzip(buf, cb) makes a single thread-pool trip.
// - Errors come back as (message, errno, code) and become node's plain
//   Error with errno/code; the stream is destroyed with it.
'use strict';

const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
} = require('internal/errors');
const Transform = require('internal/streams/transform');
const finished = require('internal/streams/end-of-stream');
const { Buffer, kMaxLength } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  isArrayBufferView,
  isAnyArrayBuffer,
  isUint8Array,
} = require('internal/util/types');
const {
  validateFunction,
  validateNumber,
  validateUint32,
} = require('internal/validators');
const {
  assert,
  checkRangesOrGetDefault,
  validateFiniteNumber,
} = require('internal/zlib');

const binding = internalBinding('zlib');
const constants = Object.setPrototypeOf(binding.constants, null);

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_CHUNK, Z_DEFAULT_COMPRESSION,
  Z_DEFAULT_STRATEGY, Z_DEFAULT_WINDOWBITS, Z_DEFAULT_MEMLEVEL, Z_FIXED,
  DEFLATE, DEFLATERAW, INFLATE, INFLATERAW, GZIP, GUNZIP, UNZIP,
  BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH,
  BROTLI_OPERATION_FINISH, BROTLI_OPERATION_EMIT_METADATA,
} = constants;

const kOwner = Symbol('kOwner');
const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');

// Return codes by name and number.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;

// --- one-shot helpers ------------------------------------------------------------

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // Streams take Uint8Arrays; other views and ArrayBuffers are wrapped.
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  } else if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer, engine._writableState.defaultEncoding);
  }
  // Nobody can watch the engine's events unless `info` hands it out, so the
  // whole job runs as one thread-pool trip into one output buffer.
  if (!engine._info && isUint8Array(buffer)) {
    engine.cb = callback;
    const handle = engine._handle;
    handle.oneShot = true;
    handle.buffer = buffer;
    handle.availInBefore = buffer.byteLength;
    handle.write(engine._defaultFlushFlag, buffer, 0, buffer.byteLength,
                 engine._chunkSize, engine._chunkSize,
                 engine._finishFlushFlag, engine._maxOutputLength);
    return;
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

function zlibBufferOnData(chunk) {
  if (this.buffers === null) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  }
}

function zlibBufferOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function zlibBufferOnEnd() {
  let buf;
  if (this.nread === 0) {
    buf = Buffer.alloc(0);
  } else {
    const bufs = this.buffers;
    buf = bufs.length === 1 ? bufs[0] : Buffer.concat(bufs, this.nread);
  }
  this.close();
  if (this._info) this.cb(null, { buffer: buf, engine: this });
  else this.cb(null, buf);
}

function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw new ERR_INVALID_ARG_TYPE(
        'buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
    }
  }
  buffer = processChunkSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

// The handle's error path (also `handle.onerror`, as in node).
function zlibOnError(message, errno, code) {
  const self = this[kOwner];
  const error = new Error(message);
  error.errno = errno;
  error.code = code;
  self.destroy(error);
  self[kError] = error;
}

// --- the stream base ------------------------------------------------------------------

// Each family's valid flush range.
const kFlushBounds = [[Z_NO_FLUSH, Z_BLOCK], [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA]];

// The options every stream family shares, checked in node's order:
// chunkSize, flush, finishFlush, maxOutputLength.
function baseOptions(opts, mode, { flush, finishFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  assert(typeof mode === 'number' && mode >= DEFLATE && mode <= BROTLI_ENCODE,
         'bad zlib mode');
  const bounds = kFlushBounds[mode === BROTLI_ENCODE || mode === BROTLI_DECODE ? 1 : 0];
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    } else {
      // node allocates its output buffer here, with Buffer's size check.
      validateNumber(chunkSize, 'size', 0, kMaxLength);
      chunkSize = Math.floor(chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', bounds[0], bounds[1], flush);
    finishFlush = checkRangesOrGetDefault(
      opts.finishFlush, 'options.finishFlush', bounds[0], bounds[1], finishFlush);
    maxOutputLength = checkRangesOrGetDefault(
      opts.maxOutputLength, 'options.maxOutputLength', 1, kMaxLength, kMaxLength);
  }
  return { chunkSize, flush, finishFlush, maxOutputLength };
}

function ZlibBase(opts, mode, handle, defaults) {
  const { chunkSize, flush, finishFlush, maxOutputLength } = baseOptions(opts, mode, defaults);
  if (opts && (opts.encoding || opts.objectMode || opts.writableObjectMode)) {
    opts = { ...opts };
    opts.encoding = null;
    opts.objectMode = false;
    opts.writableObjectMode = false;
  }

  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[kOwner] = this;
  handle.onerror = zlibOnError;
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = defaults.fullFlush;
  this._info = opts?.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  configurable: true,
  enumerable: true,
  get() {
    return !this._handle;
  },
});

let bytesReadWarned = false;
function warnBytesRead() {
  if (bytesReadWarned || process.noDeprecation === true) return;
  bytesReadWarned = true;
  process.emitWarning(
    'zlib.bytesRead is deprecated and will change its meaning in the future. ' +
    'Use zlib.bytesWritten instead.', 'DeprecationWarning', 'DEP0108');
}

Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  configurable: true,
  enumerable: true,
  get: function deprecated() {
    warnBytesRead();
    return this.bytesWritten;
  },
  set: function deprecated(value) {
    warnBytesRead();
    this.bytesWritten = value;
  },
});

ZlibBase.prototype.reset = function() {
  assert(this._handle, 'zlib binding closed');
  const err = this._handle.reset();
  if (err !== undefined) zlibOnError.call(this._handle, err[0], err[1], err[2]);
};

// Transform's end-of-input hook: one last (empty) write with finishFlush.
ZlibBase.prototype._flush = function(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function(callback) {
  callback();
};

// Which of two flush flags is stronger, for the last chunk:
// Z_NO_FLUSH < Z_BLOCK < Z_PARTIAL_FLUSH < Z_SYNC_FLUSH < Z_FULL_FLUSH < Z_FINISH
const kFlushFlagList = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
const flushiness = [];
for (let i = 0; i < kFlushFlagList.length; i++) flushiness[kFlushFlagList[i]] = i;

function maxFlush(a, b) {
  return flushiness[a] > flushiness[b] ? a : b;
}

// Zero-length Buffers that carry a flush flag through the write queue.
const kFlushBuffers = [];
{
  const empty = new ArrayBuffer(0);
  for (const flag of kFlushFlagList) {
    kFlushBuffers[flag] = Buffer.from(empty);
    kFlushBuffers[flag][kFlushFlag] = flag;
  }
}

ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(kFlushBuffers[kind], '', callback);
  }
};

ZlibBase.prototype.close = function(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  _close(this);
  callback(err);
};

ZlibBase.prototype._transform = function(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk also gets finishFlush.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

// Left for old callers: with a callback it is one async write, without one
// it compresses synchronously (and closes the stream, as in node).
ZlibBase.prototype._processChunk = function(chunk, flushFlag, cb) {
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

function processChunkSync(self, chunk, flushFlag) {
  const handle = self._handle;
  let error;
  self.on('error', function onError(er) {
    error = er;
  });
  const out = handle.writeSync(flushFlag, chunk, 0, chunk.byteLength,
                               self._chunkSize - self._outOffset, self._chunkSize,
                               self._maxOutputLength);
  if (Array.isArray(out)) {
    zlibOnError.call(handle, out[0], out[1], out[2]);
    throw error || self[kError];
  }
  if (out === -1) {
    _close(self);
    throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
  }
  self.bytesWritten = chunk.byteLength - self._writeState[0];
  _close(self);
  if (out === null) return Buffer.alloc(0);
  return new FastBuffer(out, 0, out.byteLength);
}

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) return process.nextTick(cb);
  handle.buffer = chunk;
  handle.cb = cb;
  handle.inOff = 0;
  handle.availInBefore = chunk.byteLength;
  handle.flushFlag = flushFlag;
  handle.write(flushFlag, chunk, 0, chunk.byteLength,
               self._chunkSize - self._outOffset, self._chunkSize);
}

// fs.WriteStream and Writable's write, found on first use (zlib does not
// load fs up front).
let FsWriteStream;
let WritableWrite;
let writesWithRealFs;

// Whether `dest` is a stock fs.WriteStream writing with the real fs: it
// turns chunks into file writes and nothing else, so where they were cut
// cannot be seen (node's own WriteStream merges them into writev calls as
// timing allows).
function isPlainFileSink(dest) {
  if (FsWriteStream === undefined) {
    const streams = require('internal/fs/streams');
    FsWriteStream = streams.WriteStream;
    writesWithRealFs = streams.writesWithRealFs;
    WritableWrite = require('internal/streams/writable').prototype.write;
  }
  return dest instanceof FsWriteStream && dest.write === WritableWrite &&
    dest._write === FsWriteStream.prototype._write &&
    dest._writev === FsWriteStream.prototype._writev && writesWithRealFs(dest);
}

// Whether a trip's output may go out as one Buffer instead of chunkSize
// pieces: only when nobody can see the pieces, i.e. the sole consumer is
// pipe() into a plain file sink (one 'data' listener, pipe's own; no
// 'readable' listener or decoder). One file write per trip instead of one
// per piece is what makes gunzip-to-file fast.
function wholeOutputUnseen(self) {
  const state = self._readableState;
  return state.pipes.length === 1 && !state.decoder && !state.objectMode &&
    self.listenerCount('data') === 1 && self.listenerCount('readable') === 0 &&
    isPlainFileSink(state.pipes[0]);
}

// Pushes an output ArrayBuffer as Buffers cut at node's piece boundaries;
// returns what the last push returned.
function pushOutput(self, ab) {
  const total = ab.byteLength;
  const chunkSize = self._chunkSize;
  let offset = self._outOffset;
  if (total > chunkSize - offset && wholeOutputUnseen(self)) {
    // Where node's pieces would end is still tracked for later pushes.
    self._outOffset = (offset + total) % chunkSize;
    return self.push(new FastBuffer(ab, 0, total));
  }
  let pos = 0;
  let more = true;
  while (pos < total) {
    let n = chunkSize - offset;
    if (n > total - pos) n = total - pos;
    const piece = new FastBuffer(ab, pos, n);
    pos += n;
    offset += n;
    if (offset >= chunkSize) offset = 0;
    more = self.push(piece);
    if (self.destroyed) break;
  }
  self._outOffset = offset;
  return more;
}

function writeAgain(handle, self) {
  handle.write(handle.flushFlag, handle.buffer, handle.inOff, handle.availInBefore,
               self._chunkSize - self._outOffset, self._chunkSize);
}

// Completion of a one-shot write: what zlibBuffer's stream listeners would
// have reported.
function oneShotDone(handle, output, message, errno, code) {
  const engine = handle[kOwner];
  const callback = engine.cb;
  handle.buffer = null;
  if (message !== undefined) {
    const error = new Error(message);
    error.errno = errno;
    error.code = code;
    engine[kError] = error;
    engine.destroy();
    callback(error);
    return;
  }
  const state = engine._writeState;
  engine.bytesWritten = handle.availInBefore - state[0];
  engine.close();
  if (state[1] === 2) {
    callback(new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength));
    return;
  }
  callback(null, output === null ? Buffer.alloc(0) : new FastBuffer(output, 0, output.byteLength));
}

// Completion of handle.write() (`this` is the handle).
function processCallback(output, message, errno, code) {
  const handle = this;
  if (handle.oneShot === true) {
    oneShotDone(handle, output, message, errno, code);
    return;
  }
  const self = handle[kOwner];
  const state = self._writeState;

  if (self.destroyed) {
    handle.buffer = null;
    handle.cb();
    return;
  }

  const availInAfter = state[0];
  const inDelta = handle.availInBefore - availInAfter;
  self.bytesWritten += inDelta;

  let more = true;
  if (output !== null) more = pushOutput(self, output);

  if (message !== undefined) {
    handle.onerror(message, errno, code);
    return;
  }
  if (self.destroyed) {
    handle.cb();
    return;
  }

  if (state[1] === 1) {
    // The output budget ran out before the input did: go on, once the
    // consumer has room again.
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;
    if (more) {
      writeAgain(handle, self);
    } else {
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        writeAgain(handle, self);
        self._read(n);
      };
    }
    return;
  }

  if (availInAfter > 0) {
    // Input left but room to spare: the compressed stream ended before the
    // input did (everything but gunzip stops there).
    self.push(null);
  }

  handle.buffer = null;
  handle.cb();
}

function _close(engine) {
  engine._handle?.close();
  engine._handle = null;
}

// --- zlib -------------------------------------------------------------------------------

const zlibDefaultOpts = {
  flush: Z_NO_FLUSH,
  finishFlush: Z_FINISH,
  fullFlush: Z_FULL_FLUSH,
};

// Checks the zlib options (in node's order), creates and initializes the
// handle; `target._writeState` receives the handle's state array.
function zlibHandle(target, opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;

  if (opts) {
    // windowBits 0 asks inflate to use the size in the stream's header; it
    // is not valid for compression.
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      // { windowBits: 8 } works for deflate but not for gzip.
      windowBits = checkRangesOrGetDefault(
        opts.windowBits, 'options.windowBits',
        Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0), Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(
      opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(
      opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(
      opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED, Z_DEFAULT_STRATEGY);

    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE(
          'options.dictionary', ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], dictionary);
      }
    }
  }

  const handle = new binding.Zlib(mode);
  target._writeState = new Float64Array(2);
  handle.init(windowBits, level, memLevel, strategy, target._writeState, processCallback,
              dictionary);
  handleLevel = level;
  handleStrategy = strategy;
  return handle;
}
// The level and strategy the last zlibHandle() call settled on.
let handleLevel;
let handleStrategy;

function Zlib(opts, mode) {
  const handle = zlibHandle(this, opts, mode);
  const level = handleLevel;
  const strategy = handleStrategy;
  ZlibBase.call(this, opts, mode, handle, zlibDefaultOpts);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// params() waits for a sync flush so the change never races a write in flight.
function paramsAfterFlushCallback(level, strategy, callback) {
  assert(this._handle, 'zlib binding closed');
  const err = this._handle.params(level, strategy);
  if (err !== undefined) zlibOnError.call(this._handle, err[0], err[1], err[2]);
  if (!this.destroyed) {
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  }
}

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, paramsAfterFlushCallback.bind(this, level, strategy, callback));
  } else {
    process.nextTick(callback);
  }
};

function Deflate(opts) {
  if (!(this instanceof Deflate)) return new Deflate(opts);
  Zlib.call(this, opts, DEFLATE);
}
Object.setPrototypeOf(Deflate.prototype, Zlib.prototype);
Object.setPrototypeOf(Deflate, Zlib);

function Inflate(opts) {
  if (!(this instanceof Inflate)) return new Inflate(opts);
  Zlib.call(this, opts, INFLATE);
}
Object.setPrototypeOf(Inflate.prototype, Zlib.prototype);
Object.setPrototypeOf(Inflate, Zlib);

function Gzip(opts) {
  if (!(this instanceof Gzip)) return new Gzip(opts);
  Zlib.call(this, opts, GZIP);
}
Object.setPrototypeOf(Gzip.prototype, Zlib.prototype);
Object.setPrototypeOf(Gzip, Zlib);

function Gunzip(opts) {
  if (!(this instanceof Gunzip)) return new Gunzip(opts);
  Zlib.call(this, opts, GUNZIP);
}
Object.setPrototypeOf(Gunzip.prototype, Zlib.prototype);
Object.setPrototypeOf(Gunzip, Zlib);

function DeflateRaw(opts) {
  // zlib refuses an 8-bit window for raw deflate; node quietly uses 9.
  if (opts && opts.windowBits === 8) opts.windowBits = 9;
  if (!(this instanceof DeflateRaw)) return new DeflateRaw(opts);
  Zlib.call(this, opts, DEFLATERAW);
}
Object.setPrototypeOf(DeflateRaw.prototype, Zlib.prototype);
Object.setPrototypeOf(DeflateRaw, Zlib);

function InflateRaw(opts) {
  if (!(this instanceof InflateRaw)) return new InflateRaw(opts);
  Zlib.call(this, opts, INFLATERAW);
}
Object.setPrototypeOf(InflateRaw.prototype, Zlib.prototype);
Object.setPrototypeOf(InflateRaw, Zlib);

function Unzip(opts) {
  if (!(this instanceof Unzip)) return new Unzip(opts);
  Zlib.call(this, opts, UNZIP);
}
Object.setPrototypeOf(Unzip.prototype, Zlib.prototype);
Object.setPrototypeOf(Unzip, Zlib);

// Options a one-shot call may carry without needing a real stream.
const kPlainOptions = new Set([
  'flush', 'finishFlush', 'chunkSize', 'windowBits', 'level', 'memLevel', 'strategy',
  'dictionary', 'maxOutputLength', 'params', 'info',
]);

function plainOptions(opts) {
  if (opts == null) return true;
  if (typeof opts !== 'object' || opts.info) return false;
  for (const key in opts) {
    if (!kPlainOptions.has(key)) return false;
  }
  return true;
}

// zlibBufferSync without the stream: the same checks in the same order,
// the handle alone does the work. Only when nothing can observe the engine.
function syncOneShot(mode, opts, buffer) {
  const state = { _writeState: null };
  const brotli = mode === BROTLI_ENCODE || mode === BROTLI_DECODE;
  if (mode === DEFLATERAW && opts && opts.windowBits === 8) opts.windowBits = 9;
  const handle = brotli ? brotliHandle(state, opts, mode) : zlibHandle(state, opts, mode);
  let base;
  try {
    base = baseOptions(opts, mode, brotli ? brotliDefaultOpts : zlibDefaultOpts);
    if (typeof buffer === 'string') {
      buffer = Buffer.from(buffer);
    } else if (!isArrayBufferView(buffer)) {
      if (isAnyArrayBuffer(buffer)) {
        buffer = Buffer.from(buffer);
      } else {
        throw new ERR_INVALID_ARG_TYPE(
          'buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'], buffer);
      }
    }
  } catch (err) {
    handle.close();
    throw err;
  }
  const out = handle.writeSync(base.finishFlush, buffer, 0, buffer.byteLength,
                               base.chunkSize, base.chunkSize, base.maxOutputLength);
  handle.close();
  if (Array.isArray(out)) {
    const error = new Error(out[0]);
    error.errno = out[1];
    error.code = out[2];
    throw error;
  }
  if (out === -1) throw new ERR_BUFFER_TOO_LARGE(base.maxOutputLength);
  if (out === null) return Buffer.alloc(0);
  return new FastBuffer(out, 0, out.byteLength);
}

function createConvenienceMethod(ctor, sync, mode) {
  if (sync) {
    return function syncBufferWrapper(buffer, opts) {
      if (plainOptions(opts)) return syncOneShot(mode, opts, buffer);
      return zlibBufferSync(new ctor(opts), buffer);
    };
  }
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return zlibBuffer(new ctor(opts), buffer, callback);
  };
}

// --- brotli ---------------------------------------------------------------------------

let kMaxBrotliParam = 0;
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI_PARAM_') && constants[key] > kMaxBrotliParam) {
    kMaxBrotliParam = constants[key];
  }
}
// Parameter values by id; 0xffffffff (-1 as int32) marks "not set".
const brotliInitParamsArray = new Uint32Array(kMaxBrotliParam + 1);

const brotliDefaultOpts = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};

// Checks brotli's `params`, creates and initializes the handle.
function brotliHandle(target, opts, mode) {
  assert(mode === BROTLI_DECODE || mode === BROTLI_ENCODE, 'bad brotli mode');
  brotliInitParamsArray.fill(-1);
  if (opts?.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam ||
          (brotliInitParamsArray[key] | 0) !== -1) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[origKey]);
      }
      brotliInitParamsArray[key] = value;
    }
  }

  const handle = mode === BROTLI_DECODE ?
    new binding.BrotliDecoder(mode) : new binding.BrotliEncoder(mode);
  target._writeState = new Float64Array(2);
  if (!handle.init(brotliInitParamsArray, target._writeState, processCallback)) {
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  return handle;
}

function Brotli(opts, mode) {
  const handle = brotliHandle(this, opts, mode);
  ZlibBase.call(this, opts, mode, handle, brotliDefaultOpts);
}
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

function BrotliCompress(opts) {
  if (!(this instanceof BrotliCompress)) return new BrotliCompress(opts);
  Brotli.call(this, opts, BROTLI_ENCODE);
}
Object.setPrototypeOf(BrotliCompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliCompress, Brotli);

function BrotliDecompress(opts) {
  if (!(this instanceof BrotliDecompress)) return new BrotliDecompress(opts);
  Brotli.call(this, opts, BROTLI_DECODE);
}
Object.setPrototypeOf(BrotliDecompress.prototype, Brotli.prototype);
Object.setPrototypeOf(BrotliDecompress, Brotli);

// --- exports ---------------------------------------------------------------------------

function createProperty(ctor) {
  return {
    configurable: true,
    enumerable: true,
    // A method definition, so the function is named `value` as in node.
    value: { value(options) { return new ctor(options); } }.value,
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(data, value);
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,

  deflate: createConvenienceMethod(Deflate, false, DEFLATE),
  deflateSync: createConvenienceMethod(Deflate, true, DEFLATE),
  gzip: createConvenienceMethod(Gzip, false, GZIP),
  gzipSync: createConvenienceMethod(Gzip, true, GZIP),
  deflateRaw: createConvenienceMethod(DeflateRaw, false, DEFLATERAW),
  deflateRawSync: createConvenienceMethod(DeflateRaw, true, DEFLATERAW),
  unzip: createConvenienceMethod(Unzip, false, UNZIP),
  unzipSync: createConvenienceMethod(Unzip, true, UNZIP),
  inflate: createConvenienceMethod(Inflate, false, INFLATE),
  inflateSync: createConvenienceMethod(Inflate, true, INFLATE),
  gunzip: createConvenienceMethod(Gunzip, false, GUNZIP),
  gunzipSync: createConvenienceMethod(Gunzip, true, GUNZIP),
  inflateRaw: createConvenienceMethod(InflateRaw, false, INFLATERAW),
  inflateRawSync: createConvenienceMethod(InflateRaw, true, INFLATERAW),
  brotliCompress: createConvenienceMethod(BrotliCompress, false, BROTLI_ENCODE),
  brotliCompressSync: createConvenienceMethod(BrotliCompress, true, BROTLI_ENCODE),
  brotliDecompress: createConvenienceMethod(BrotliDecompress, false, BROTLI_DECODE),
  brotliDecompressSync: createConvenienceMethod(BrotliDecompress, true, BROTLI_DECODE),
};

Object.defineProperties(module.exports, {
  createDeflate: createProperty(Deflate),
  createInflate: createProperty(Inflate),
  createDeflateRaw: createProperty(DeflateRaw),
  createInflateRaw: createProperty(InflateRaw),
  createGzip: createProperty(Gzip),
  createGunzip: createProperty(Gunzip),
  createUnzip: createProperty(Unzip),
  createBrotliCompress: createProperty(BrotliCompress),
  createBrotliDecompress: createProperty(BrotliDecompress),
  constants: {
    configurable: false,
    enumerable: true,
    value: constants,
  },
  codes: {
    enumerable: true,
    writable: false,
    value: Object.freeze(codes),
  },
});

// Deprecated top-level aliases of the zlib constants (zlib.Z_OK, ...).
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, {
    enumerable: false,
    value: constants[key],
    writable: false,
  });
}

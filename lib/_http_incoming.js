// eddy: node:_http_incoming. IncomingMessage, the Readable a server gets
// for each request and a client for each response. The parser pushes body
// chunks into it; when its buffer fills, the socket stops reading until the
// consumer reads again.
//
// Headers are kept as the raw [name, value, ...] array the parser produced;
// the `headers`/`headersDistinct` objects (and trailers) are built the first
// time they are read, with node's rules for duplicates: most names are
// joined with ', ', cookie with '; ', set-cookie becomes an array, and for a
// fixed list (content-type, authorization, host, ...) the first value wins
// unless joinDuplicateHeaders is set.
'use strict';

const EE = require('events');
const { Readable, finished } = require('stream');
const { getDefaultHighWaterMark } = require('internal/streams/state');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const { kHeadersCount } = require('internal/http');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

// Readable options per socket high-water mark (read only by Readable).
let lastHighWaterMark = -1;
let lastStreamOptions;

// The Readable half of a message is made on first use (kLazy):
//   kMaterialized  a real Readable (own _readableState)
//   kLazyFresh     nothing of the stream touched yet
//   kLazyEnded     the body ended (push(null) deferred) and still untouched
//   kLazyDone      ended and dumped with nobody listening: what node's
//                  resume/'end'/'close' sequence would leave
// Any use of the stream goes through `_readableState` (every Readable
// method, property and stream utility reads it), whose prototype getter
// builds the real state then and replays what was deferred. A request no
// one reads (most GETs) never builds it.
const kLazy = Symbol('kLazy');
const kStreamOptions = Symbol('kStreamOptions');
// Body chunks that arrived while kLazyFresh, and their bytes (set on the
// first one).
const kLazyChunks = Symbol('kLazyChunks');
const kLazyLength = Symbol('kLazyLength');
const kMaterialized = 0;
const kLazyFresh = 1;
const kLazyEnded = 2;
const kLazyDone = 3;
// A 'data' listener added to a fresh message (the usual body reader) does
// not build the state either: the message runs node's flowing sequence with
// these phases, each of which materialize() can turn into the state node
// would have at that point (the pending ticks then carry on with it):
//   kFlowPending  on('data') ran, the resume tick is pending (chunks
//                 that arrive meanwhile wait in kLazyChunks)
//   kFlowing      resumed; each chunk is emitted as 'data' at once
//   kFlowEnding   push(null) ran, the 'end' tick is pending
//   kFlowEndEmit  'end' is being emitted
//   kFlowEnded    'end' emitted and destroyed; _destroy's tick pending
//   kFlowClosing  closed; the 'close' tick is pending (then kLazyDone)
const kFlowPending = 4;
const kFlowing = 5;
const kFlowEnding = 6;
const kFlowEndEmit = 7;
const kFlowEnded = 8;
const kFlowClosing = 9;
// kFlowing: a readMore tick is pending (node's scheduleReadMore after a
// chunk). kLazyDataEmitted: some 'data' was emitted.
const kLazyReadMore = Symbol('kLazyReadMore');
const kLazyDataEmitted = Symbol('kLazyDataEmitted');
// kLazyDone reached through the flowing sequence: 'end' was emitted.
const kLazyEndEmitted = Symbol('kLazyEndEmitted');

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) {
    // readableHighWaterMark without the getter when the socket is a Readable.
    const rs = socket._readableState;
    const hwm = rs !== undefined && rs !== null ? rs.highWaterMark : socket.readableHighWaterMark;
    if (hwm !== lastHighWaterMark) {
      lastHighWaterMark = hwm;
      lastStreamOptions = { highWaterMark: hwm };
    }
    streamOptions = lastStreamOptions;
  }
  this[kLazy] = kLazyFresh;
  this[kStreamOptions] = streamOptions;

  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;

  // Requests (server side).
  this.url = '';
  this.method = null;

  // Responses (client side).
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;

  this._consuming = false;
  // Set when nobody can read this message any more; body bytes are dropped.
  this._dumped = false;
}

// Builds the Readable state of a lazy message (see kLazy).
function materialize(msg) {
  const lazy = msg[kLazy];
  msg[kLazy] = kMaterialized;
  // Listeners added before now stay (EventEmitter.init would otherwise
  // switch the table to its pre-declared-shape mode).
  const hasEvents = Object.prototype.hasOwnProperty.call(msg, '_events');
  const events = msg._events;
  const count = msg._eventsCount;
  if (hasEvents) msg._events = undefined;
  Readable.call(msg, msg[kStreamOptions]);
  if (hasEvents && events !== undefined) {
    msg._events = events;
    msg._eventsCount = count;
  }
  const state = msg._readableState;
  // Data is pushed by the parser; _read never has to ask for more.
  state.readingMore = true;
  const chunks = msg[kLazyChunks];
  if (chunks !== undefined && chunks !== null) {
    msg[kLazyChunks] = null;
    msg[kLazyLength] = 0;
    if (lazy !== kLazyDone) {
      for (let i = 0; i < chunks.length; i++) Readable.prototype.push.call(msg, chunks[i]);
    }
  }
  if (lazy === kLazyEnded) {
    Readable.prototype.push.call(msg, null);
  } else if (lazy === kLazyDone) {
    state.ended = true;
    state.endEmitted = true;
    state.flowing = true;
    state.paused = false;
    state.destroyed = true;
    state.closed = true;
    state.closeEmitted = true;
    if (msg[kLazyDataEmitted] === true) state.dataEmitted = true;
  } else if (lazy >= kFlowPending) {
    state.flowing = true;
    state.paused = false;
    if (lazy === kFlowPending) {
      state.resumeScheduled = true;
    } else {
      state.sync = false;
      state.dataEmitted = msg[kLazyDataEmitted] === true;
      if (lazy === kFlowing) {
        // As the last read(0) (or a pending readMore) left it.
        const readMore = msg[kLazyReadMore] === true;
        state.reading = !readMore;
        state.readingMore = readMore;
        state.needReadable = true;
      } else {
        state.reading = false;
        state.readingMore = msg[kLazyReadMore] === true;
        state.needReadable = false;
        state.emittedReadable = false;
        state.ended = true;
        if (lazy >= kFlowEndEmit) state.endEmitted = true;
        if (lazy >= kFlowEnded) {
          state.destroyed = true;
          state.closed = lazy === kFlowClosing;
        }
      }
    }
  }
  return state;
}

// --- The lazy flowing sequence (see kFlowPending) ---------------------------------

function lazyHighWaterMark(msg) {
  return msg[kStreamOptions] !== undefined ?
    msg[kStreamOptions].highWaterMark : getDefaultHighWaterMark(false);
}

// on('data') on a fresh message: what Readable's on() and resume() do.
function lazyOnData(msg, fn) {
  EE.prototype.on.call(msg, 'data', fn);
  if (msg[kLazy] === kLazyFresh) {
    msg[kLazy] = kFlowPending;
    process.nextTick(lazyResume, msg);
    return;
  }
  // A 'newListener' listener used the stream: the rest of Readable's on().
  const state = msg._readableState;
  state.readableListening = msg.listenerCount('readable') > 0;
  if (state.flowing !== false) msg.resume();
}

// node's resume tick: read(0) (which calls _read), 'resume', then flow.
function lazyResume(msg) {
  if (msg[kLazy] === kFlowPending && msg._read === IncomingMessage.prototype._read &&
      !(msg[kLazyLength] >= lazyHighWaterMark(msg))) {
    msg._consuming = true;
    msg[kLazy] = kFlowing;
    if (msg.socket.readable) readStart(msg.socket);
    msg.emit('resume');
    const chunks = msg[kLazyChunks];
    while (chunks !== undefined && chunks !== null && chunks.length > 0 &&
           msg[kLazy] === kFlowing) {
      const chunk = chunks.shift();
      msg[kLazyLength] -= chunk.length;
      msg[kLazyDataEmitted] = true;
      msg.emit('data', chunk);
    }
    if (msg[kLazy] !== kMaterialized) return;
    // Materialized by a listener: go on with the real state.
    const state = msg._readableState;
    while (state.flowing && msg.read() !== null);
    if (state.flowing && !state.reading) msg.read(0);
    return;
  }
  const state = msg._readableState;
  if (!state.reading) msg.read(0);
  state.resumeScheduled = false;
  msg.emit('resume');
  while (state.flowing && msg.read() !== null);
  if (state.flowing && !state.reading) msg.read(0);
}

// node's readMore tick after a chunk: read(0) calls _read again.
function lazyReadMore(msg) {
  msg[kLazyReadMore] = false;
  const lazy = msg[kLazy];
  if (lazy === kFlowing) {
    if (msg.socket.readable) readStart(msg.socket);
    return;
  }
  if (lazy !== kMaterialized) return;
  const state = msg._readableState;
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark || (state.flowing && state.length === 0))) {
    const before = state.length;
    msg.read(0);
    if (before === state.length) break;
  }
  state.readingMore = false;
}

// node's 'end' tick, then autoDestroy: destroy() and IncomingMessage's
// _destroy of a complete message (no abort: its callback a tick later).
function lazyEmitEnd(msg) {
  if (msg[kLazy] === kFlowEnding) {
    msg[kLazy] = kFlowEndEmit;
    msg.emit('end');
    if (msg[kLazy] === kFlowEndEmit && msg.destroy === Readable.prototype.destroy &&
        msg._destroy === IncomingMessage.prototype._destroy && msg.complete && !msg.aborted) {
      msg[kLazy] = kFlowEnded;
      process.nextTick(lazyDestroyed, msg);
      return;
    }
  } else {
    const state = msg._readableState;
    if (state.errored || state.closeEmitted || state.endEmitted || state.length !== 0) return;
    state.endEmitted = true;
    msg.emit('end');
  }
  const state = msg._readableState;
  if (state.autoDestroy) {
    const w = msg._writableState;
    if (!w || (w.autoDestroy && (w.finished || w.writable === false))) msg.destroy();
  }
}

// _destroy called back: the stream is closed, 'close' comes a tick later.
function lazyDestroyed(msg) {
  if (msg[kLazy] === kFlowEnded) {
    msg[kLazy] = kFlowClosing;
  } else {
    msg._readableState.closed = true;
  }
  process.nextTick(lazyEmitClose, msg);
}

function lazyEmitClose(msg) {
  if (msg[kLazy] === kFlowClosing) {
    msg[kLazy] = kLazyDone;
    msg[kLazyEndEmitted] = true;
    msg.emit('close');
    return;
  }
  const state = msg._readableState;
  state.closeEmitted = true;
  if (state.emitClose) msg.emit('close');
}

Object.defineProperty(IncomingMessage.prototype, '_readableState', {
  configurable: true,
  enumerable: false,
  get() {
    // Only reached while the message has no state of its own.
    if (this[kLazy] === undefined || this[kLazy] === kMaterialized) return undefined;
    return materialize(this);
  },
  set(val) {
    Object.defineProperty(this, '_readableState', {
      value: val, writable: true, configurable: true, enumerable: true,
    });
  },
});

// A body chunk from the parser: push(), or keep it while nothing uses the
// stream (the same back-pressure answer push() would give).
function pushIncoming(msg, chunk) {
  const lazy = msg[kLazy];
  if (lazy === kFlowing && chunk.length > 0 && msg.listenerCount('data') > 0) {
    // Flowing with nothing queued: straight to the listeners.
    msg[kLazyDataEmitted] = true;
    msg.emit('data', chunk);
    if (msg[kLazy] === kFlowing && msg[kLazyReadMore] !== true) {
      msg[kLazyReadMore] = true;
      process.nextTick(lazyReadMore, msg);
    }
    return true;
  }
  if (lazy !== kLazyFresh && lazy !== kFlowPending) return msg.push(chunk);
  if (msg[kLazyChunks] === undefined) {
    msg[kLazyChunks] = [];
    msg[kLazyLength] = 0;
  }
  msg[kLazyChunks].push(chunk);
  msg[kLazyLength] += chunk.length;
  return msg[kLazyLength] < lazyHighWaterMark(msg);
}

// The parser reached the end of the message: push(null), or remember it.
function endIncoming(msg) {
  const lazy = msg[kLazy];
  if (lazy === kLazyFresh) {
    msg[kLazy] = kLazyEnded;
  } else if (lazy === kFlowing && msg.listenerCount('readable') === 0) {
    // push(null) while flowing with nothing queued: 'readable' (nobody
    // listens), then flow() finds the end and schedules it.
    msg[kLazy] = kFlowEnding;
    process.nextTick(lazyEmitEnd, msg);
  } else {
    msg.push(null);
  }
}

// Whether the message still has no Readable state (nothing used it).
function isLazy(msg) {
  return msg[kLazy] !== undefined && msg[kLazy] !== kMaterialized;
}

// For a lazy message: whether node's resume tick is pending
// (_readableState.resumeScheduled).
function lazyResumeScheduled(msg) {
  return msg[kLazy] === kFlowPending;
}

// For a lazy message: whether its 'end' has been emitted (kFlowEnded on),
// counts as emitted (ended and dumped: see _dump), or is still to come.
const kEndDone = 0;
const kEndEmitted = 1;
const kEndPending = 2;
function lazyEndState(msg) {
  const lazy = msg[kLazy];
  if (lazy === kLazyDone && msg[kLazyEndEmitted] === true) return kEndEmitted;
  if (lazy === kLazyEnded || lazy === kLazyDone) return kEndDone;
  if (lazy >= kFlowEndEmit) return kEndEmitted;
  return kEndPending;
}

// Listeners go on a lazy message without building its state, except the
// ones that change how it flows ('readable', and 'data' once it has had
// chunks or ended).
IncomingMessage.prototype.on = function on(ev, fn) {
  const lazy = this[kLazy];
  if (lazy === undefined || lazy === kMaterialized || ev === 'readable' ||
      (ev === 'data' && (this.listenerCount('readable') > 0 ||
       (lazy < kFlowPending && (lazy !== kLazyFresh || this[kLazyChunks] !== undefined))))) {
    return Readable.prototype.on.call(this, ev, fn);
  }
  if (ev === 'data' && lazy === kLazyFresh) lazyOnData(this, fn);
  else EE.prototype.on.call(this, ev, fn);
  return this;
};
IncomingMessage.prototype.addListener = IncomingMessage.prototype.on;

Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  configurable: true,
  enumerable: true,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  configurable: true,
  enumerable: true,
  get() {
    if (!this[kHeaders]) {
      this[kHeaders] = {};
      const src = this.rawHeaders;
      const dst = this[kHeaders];
      for (let n = 0; n < this[kHeadersCount]; n += 2) {
        this._addHeaderLine(src[n], src[n + 1], dst);
      }
    }
    return this[kHeaders];
  },
  set(val) { this[kHeaders] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  configurable: true,
  enumerable: true,
  get() {
    if (!this[kHeadersDistinct]) {
      this[kHeadersDistinct] = Object.create(null);
      const src = this.rawHeaders;
      const dst = this[kHeadersDistinct];
      for (let n = 0; n < this[kHeadersCount]; n += 2) {
        this._addHeaderLineDistinct(src[n], src[n + 1], dst);
      }
    }
    return this[kHeadersDistinct];
  },
  set(val) { this[kHeadersDistinct] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  configurable: true,
  enumerable: true,
  get() {
    if (!this[kTrailers]) {
      this[kTrailers] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailers];
      for (let n = 0; n < this[kTrailersCount]; n += 2) {
        this._addHeaderLine(src[n], src[n + 1], dst);
      }
    }
    return this[kTrailers];
  },
  set(val) { this[kTrailers] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  configurable: true,
  enumerable: true,
  get() {
    if (!this[kTrailersDistinct]) {
      this[kTrailersDistinct] = Object.create(null);
      const src = this.rawTrailers;
      const dst = this[kTrailersDistinct];
      for (let n = 0; n < this[kTrailersCount]; n += 2) {
        this._addHeaderLineDistinct(src[n], src[n + 1], dst);
      }
    }
    return this[kTrailersDistinct];
  },
  set(val) { this[kTrailersDistinct] = val; },
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // The parser fills the buffer; all that is needed is a flowing socket.
  if (this.socket.readable) readStart(this.socket);
};

// Destroying a message that was not read to the end aborts it, and takes
// the socket down with it.
IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = finished(this.socket, (e) => {
      if (e && e.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

// node emits the error only when someone listens for it.
function onError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers && headers.length) {
    let dest;
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      dest = this[kTrailers];
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      dest = this[kHeaders];
    }
    if (dest) {
      for (let i = 0; i < n; i += 2) this._addHeaderLine(headers[i], headers[i + 1], dest);
    }
  }
};

// How a repeated header combines in `headers`: the first value wins for
// these (node's list), set-cookie collects an array, cookie joins with '; ',
// every other name joins with ', '.
const kFirstWins = 0;
const kJoinComma = 1;
const kArray = 2;
const kJoinSemicolon = 3;
const kFirstWinsNames = [
  'age', 'authorization', 'content-length', 'content-type', 'etag', 'expires',
  'from', 'host', 'if-modified-since', 'if-unmodified-since', 'last-modified',
  'location', 'max-forwards', 'proxy-authorization', 'referer', 'retry-after',
  'server', 'user-agent',
];
// Raw name -> [lowercase name, mode], filled as names are seen (bounded).
const fieldCache = new Map();
for (const name of kFirstWinsNames) fieldCache.set(name, [name, kFirstWins]);
fieldCache.set('set-cookie', ['set-cookie', kArray]);
fieldCache.set('cookie', ['cookie', kJoinSemicolon]);

function fieldInfo(field) {
  let info = fieldCache.get(field);
  if (info === undefined) {
    const lower = field.toLowerCase();
    info = fieldCache.get(lower);
    if (info === undefined) info = [lower, kJoinComma];
    if (fieldCache.size < 1000) fieldCache.set(field, info);
  }
  return info;
}

// Adds one header to `dest` (the `headers` or `trailers` object).
IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  const info = fieldInfo(field);
  const name = info[0];
  const mode = info[1];
  if (mode === kJoinComma || mode === kJoinSemicolon) {
    const prev = dest[name];
    if (typeof prev === 'string') {
      dest[name] = prev + (mode === kJoinComma ? ', ' : '; ') + value;
    } else {
      dest[name] = value;
    }
  } else if (mode === kArray) {
    const prev = dest[name];
    if (prev !== undefined) prev.push(value);
    else dest[name] = [value];
  } else if (dest[name] === undefined) {
    dest[name] = value;
  } else if (this.joinDuplicateHeaders) {
    dest[name] += ', ' + value;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function _addHeaderLineDistinct(field, value, dest) {
  const lowercased = field.toLowerCase();
  if (!dest[lowercased]) dest[lowercased] = [value];
  else dest[lowercased].push(value);
};

// Nobody will read this message: drop its body as it arrives.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    if (this[kLazy] === kLazyEnded && this._eventsCount === 0) {
      // Ended, and nobody listens for what resume() would emit ('resume',
      // 'end', 'close'): skip to the state that leaves.
      this[kLazy] = kLazyDone;
      if (this[kLazyChunks] !== undefined) {
        this[kLazyChunks] = null;
        this[kLazyLength] = 0;
      }
      return;
    }
    if (this[kLazy] === kLazyFresh && this._eventsCount === 0) {
      // Still arriving, nobody listens: resume() as the flowing sequence
      // (see kFlowPending), without building the state.
      this[kLazy] = kFlowPending;
      process.nextTick(lazyResume, this);
      return;
    }
    // Buffered chunks would still be emitted as 'data'.
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = {
  IncomingMessage,
  endIncoming,
  pushIncoming,
  isLazy,
  lazyResumeScheduled,
  lazyEndState,
  kEndDone,
  kEndEmitted,
  readStart,
  readStop,
};

// eddy: tearing streams down, and the optional asynchronous _construct step.
//
// A stream has up to two states (_readableState, _writableState); a duplex
// has both and they are destroyed together. destroy(err) marks both sides,
// records the first error, calls the implementation's _destroy, and when that
// reports back emits 'error' (if any) and then 'close', each on a later tick,
// each at most once.
'use strict';

const {
  AbortError,
  aggregateTwoErrors,
  codes: { ERR_MULTIPLE_CALLBACK },
} = require('internal/errors');
const {
  isDestroyed,
  isFinished,
  isRequest,
  isServerRequest,
  kIsDestroyed,
} = require('internal/streams/utils');

// Callbacks waiting for _construct to finish, and the ones a destroy() called
// meanwhile parks until then.
const kConstructWaiters = Symbol('kConstructWaiters');
const kDestroyWaiters = Symbol('kDestroyWaiters');

// Record `err` as the error of both sides (the first one wins). Reading
// .stack here fixes the trace at the point of failure, as V8 would.
function recordError(err, w, r) {
  if (!err) return;
  void err.stack;
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  const s = w || r;

  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }

  recordError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;

  if (s && !s.constructed) {
    // _construct is still running: the real teardown waits for it.
    let waiters = this[kDestroyWaiters];
    if (waiters === undefined) {
      waiters = [];
      Object.defineProperty(this, kDestroyWaiters, {
        value: waiters, writable: true, configurable: true,
      });
    }
    waiters.push({ err, cb });
  } else {
    callDestroy(this, err, cb);
  }
  return this;
}

function callDestroy(self, err, cb) {
  let called = false;
  function onDestroy(er) {
    if (called) return;
    called = true;
    const r = self._readableState;
    const w = self._writableState;
    recordError(er, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(er);
    if (er) process.nextTick(emitErrorThenClose, self, er);
    else process.nextTick(emitClose, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorThenClose(self, err) {
  emitError(self, err);
  emitClose(self);
}

function emitClose(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

function emitError(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

// Brings a destroyed stream back to life (used by net sockets that reconnect).
function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }
  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// An error from inside the machinery: destroy the stream when it destroys
// itself on errors (autoDestroy), otherwise only record and emit the error.
// `sync` defers the emit to the next tick.
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, w, r);
    if (sync) process.nextTick(emitError, stream, err);
    else emitError(stream, err);
  }
}

// Runs the implementation's _construct (if any) on the next tick; `cb` runs
// once it succeeded. Both halves of a duplex call this; one _construct call
// serves them.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;

  let waiters = stream[kConstructWaiters];
  if (waiters !== undefined && waiters.length > 0) {
    waiters.push(cb);
    return;
  }
  waiters = [cb];
  Object.defineProperty(stream, kConstructWaiters, {
    value: waiters, writable: true, configurable: true,
  });
  process.nextTick(runConstruct, stream);
}

function runConstruct(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err != null ? err : new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    const waiters = stream[kConstructWaiters];
    stream[kConstructWaiters] = undefined;

    if (s.destroyed) {
      const parked = stream[kDestroyWaiters];
      stream[kDestroyWaiters] = undefined;
      if (parked !== undefined) {
        for (let i = 0; i < parked.length; i++) {
          callDestroy(stream, aggregateTwoErrors(err, parked[i].err), parked[i].cb);
        }
      }
    } else if (err) {
      errorOrDestroy(stream, err, true);
    } else {
      process.nextTick(runConstructWaiters, waiters);
    }
  }
  try {
    stream._construct((err) => { process.nextTick(onConstruct, err); });
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

function runConstructWaiters(waiters) {
  if (waiters === undefined) return;
  for (let i = 0; i < waiters.length; i++) waiters[i]();
}

// For destroyer() on an emitter with neither destroy() nor close(). The
// parameter is named `stream` so that a non-emitter fails with node's
// "stream.emit is not a function".
function emitErrorOn(stream, err) {
  stream.emit('error', err);
}

function emitCloseOn(stream) {
  stream.emit('close');
}

// Destroys anything stream-like (node streams, http requests, objects with
// destroy/close). Without an error, destroying a stream that has not
// finished reports an AbortError.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();

  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick(emitErrorOn, stream, err);
  } else {
    process.nextTick(emitCloseOn, stream);
  }
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = {
  construct,
  destroy,
  destroyer,
  errorOrDestroy,
  undestroy,
};

// eddy: stream.finished(stream[, options], callback).
//
// Reports, once, that a stream is done with: the sides asked about have
// completed (the readable side emitted 'end', the writable side 'finish'),
// or the stream failed ('error'), or it closed before completing
// (ERR_STREAM_PREMATURE_CLOSE). A stream that is going to emit 'close' after
// completing is waited for until that 'close', so the callback sees it fully
// shut down. The return value detaches everything that was attached.
'use strict';

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
} = require('internal/validators');
const {
  SymbolDispose,
  isClosed,
  isNodeStream,
  isReadable,
  isReadableErrored,
  isReadableFinished,
  isReadableNodeStream,
  isReadableStream,
  isRequest,
  isWritable,
  isWritableErrored,
  isWritableFinished,
  isWritableNodeStream,
  isWritableStream,
  kEmptyObject,
  nop,
  once,
  willEmitClose,
} = require('internal/streams/utils');

let addAbortListener;

// The error a stream was destroyed with, if any (either side).
function recordedError(stream) {
  const err = isWritableErrored(stream) || isReadableErrored(stream);
  return err && typeof err !== 'boolean' ? err : null;
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = kEmptyObject;
  } else if (options == null) {
    options = kEmptyObject;
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');

  if (isReadableStream(stream) || isWritableStream(stream)) {
    return eosWeb(stream, options, once(callback));
  }
  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  // `report` is replaced by nop once detached; every path goes through it.
  let report = once(callback);
  const done = (err) => {
    if (err === undefined) report.call(stream);
    else report.call(stream, err);
  };

  const wantReadable = options.readable != null ?
    options.readable : isReadableNodeStream(stream);
  const wantWritable = options.writable != null ?
    options.writable : isWritableNodeStream(stream);
  const rState = stream._readableState;
  const wState = stream._writableState;

  // Wait for 'close' only when the caller asks about exactly the sides the
  // stream has (asking about one side of a duplex must not wait for both).
  let awaitClose = willEmitClose(stream) &&
    isReadableNodeStream(stream) === wantReadable &&
    isWritableNodeStream(stream) === wantWritable;

  let readDone = isReadableFinished(stream, false);
  let writeDone = isWritableFinished(stream, false);
  let closed = isClosed(stream);

  // The readable side reached its end.
  function handleEnd() {
    readDone = true;
    if (stream.destroyed) awaitClose = false;
    if (awaitClose && (!stream.writable || wantWritable)) return;
    if (!wantWritable || writeDone) done();
  }

  // The writable side finished.
  function handleFinish() {
    writeDone = true;
    if (stream.destroyed) awaitClose = false;
    if (awaitClose && (!stream.readable || wantReadable)) return;
    if (!wantReadable || readDone) done();
  }

  // A writable without state (an old-style stream) is finished when it says
  // it is no longer writable.
  function handleLegacyDone() {
    if (!stream.writable) handleFinish();
  }

  function handleError(err) {
    done(err);
  }

  // 'close': complete only if every wanted side got there first.
  function handleClose() {
    closed = true;
    const err = recordedError(stream);
    if (err) return done(err);
    if (wantReadable && !readDone && isReadableNodeStream(stream, true) &&
        !isReadableFinished(stream, false)) {
      return done(new ERR_STREAM_PREMATURE_CLOSE());
    }
    if (wantWritable && !writeDone && !isWritableFinished(stream, false)) {
      return done(new ERR_STREAM_PREMATURE_CLOSE());
    }
    done();
  }

  // The stream was over before we looked: report its error, if any.
  function reportSettled() {
    closed = true;
    done(recordedError(stream) || undefined);
  }

  function handleRequest() {
    stream.req.on('finish', handleFinish);
  }

  // What gets attached, so that detaching is the same list.
  const attached = [];
  function listen(emitter, event, fn) {
    emitter.on(event, fn);
    attached.push(emitter, event, fn);
  }

  if (isRequest(stream)) {
    // http.ClientRequest: done on 'complete' or on its request's 'finish'.
    listen(stream, 'complete', handleFinish);
    if (!awaitClose) listen(stream, 'abort', handleClose);
    if (stream.req) handleRequest();
    else listen(stream, 'request', handleRequest);
  } else if (wantWritable && !wState) {
    listen(stream, 'end', handleLegacyDone);
    listen(stream, 'close', handleLegacyDone);
  }

  // http.IncomingMessage reports an abort with 'aborted'.
  if (!awaitClose && typeof stream.aborted === 'boolean') {
    listen(stream, 'aborted', handleClose);
  }

  listen(stream, 'end', handleEnd);
  listen(stream, 'finish', handleFinish);
  if (options.error !== false) listen(stream, 'error', handleError);
  listen(stream, 'close', handleClose);

  // Already over? Then answer on the next tick.
  if (closed) {
    process.nextTick(handleClose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!awaitClose) process.nextTick(reportSettled);
  } else if (!wantReadable && (!awaitClose || isReadable(stream)) &&
             (writeDone || isWritable(stream) === false)) {
    process.nextTick(reportSettled);
  } else if (!wantWritable && (!awaitClose || isWritable(stream)) &&
             (readDone || isReadable(stream) === false)) {
    process.nextTick(reportSettled);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(reportSettled);
  }

  function detach() {
    report = nop;
    for (let i = 0; i < attached.length; i += 3) {
      attached[i].removeListener(attached[i + 1], attached[i + 2]);
    }
    attached.length = 0;
    if (stream.req) stream.req.removeListener('finish', handleFinish);
  }

  const signal = options.signal;
  if (signal && !closed) {
    const onAbort = () => {
      // Detaching replaces `report`; keep the real one for the abort error.
      const last = report;
      detach();
      last.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      if (addAbortListener === undefined) addAbortListener = require('events').addAbortListener;
      const disposable = addAbortListener(signal, onAbort);
      const inner = report;
      report = once(function(...args) {
        disposable[SymbolDispose]();
        Reflect.apply(inner, stream, args);
      });
    }
  }

  return detach;
}

const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');

let webStreams;
function lazyWebStreams() {
  if (webStreams === undefined) {
    const readable = require('internal/webstreams/readablestream');
    const writable = require('internal/webstreams/writablestream');
    webStreams = {
      isReadableStream: readable.isReadableStream,
      isWritableStream: writable.isWritableStream,
      readableSettled: readable.readableStreamSettledPromise,
      writableSettled: writable.writableStreamSettledPromise,
    };
  }
  return webStreams;
}

// The promise that settles when a web stream closes or errors (node keeps
// one on every stream; eddy makes it on demand).
function webStreamSettledPromise(stream) {
  const web = lazyWebStreams();
  if (web.isReadableStream(stream)) return web.readableSettled(stream);
  if (web.isWritableStream(stream)) return web.writableSettled(stream);
  // Shaped like a web stream but not one: node reads its slot, and fails
  // when there is none.
  const slot = stream[kIsClosedPromise];
  if (slot == null) throw new TypeError("Cannot read properties of undefined (reading 'promise')");
  return slot.promise;
}

// finished() on a WHATWG ReadableStream/WritableStream: the callback runs on
// the tick after the stream closes (with undefined) or errors (its error), or
// with an AbortError when options.signal aborts first. Nothing to detach.
function eosWeb(stream, options, callback) {
  let aborted = false;
  const signal = options.signal;
  if (signal) {
    const onAbort = () => {
      aborted = true;
      callback.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      if (addAbortListener === undefined) addAbortListener = require('events').addAbortListener;
      const disposable = addAbortListener(signal, onAbort);
      const inner = callback;
      callback = once(function(...args) {
        disposable[SymbolDispose]();
        Reflect.apply(inner, stream, args);
      });
    }
  }
  const settled = (...args) => {
    if (!aborted) process.nextTick(() => Reflect.apply(callback, stream, args));
  };
  Promise.prototype.then.call(webStreamSettledPromise(stream), settled, settled);
  return nop;
}

// The promise form (stream/promises, util.promisify). `cleanup: true`
// detaches the listeners once settled.
function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = kEmptyObject;
  if (opts && opts.cleanup) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const detach = eos(stream, opts, (err) => {
      if (autoCleanup) detach();
      if (err) reject(err);
      else resolve();
    });
  });
}

eos.finished = finished;

module.exports = eos;

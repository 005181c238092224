// eddy: stream.pipeline(source, ...transforms, destination, callback).
//
// Connects the pieces, forwards errors, and destroys every piece when one
// fails or the pipeline is aborted. A piece may be a node stream, a WHATWG
// ReadableStream/WritableStream/TransformStream, an (async) iterable (as
// the source), or a function: the first is called as fn({ signal }) and
// must return an iterable; later ones get the previous output as an async
// iterable and return an async iterable (a transform) or, in last position,
// a promise (the pipeline's value). The callback runs once, on a later
// tick, with the first error and that value.
//
// Web streams are only read (async iteration) and written (a writer); as in
// node they are not torn down when another piece fails or the signal
// aborts: a web source is cancelled when the loop reading it stops, a web
// destination is aborted when its input fails, and the callback waits for
// the loops to end.
//
// Bookkeeping: every connection adds to `run.pending` and calls step() when
// it is through; the pipeline is complete when the count returns to zero,
// or as soon as something fails.
'use strict';

const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const { validateFunction, validateAbortSignal } = require('internal/validators');
const {
  SymbolDispose,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableFinished,
  isReadableNodeStream,
  isReadableStream,
  isTransformStream,
  isWebStream,
  nop,
  once,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');

let PassThrough;
let Readable;
let Duplex;
let addAbortListener;

function lazyDuplex() {
  if (Duplex === undefined) Duplex = require('internal/streams/duplex');
  return Duplex;
}

// Watches a piece so the pipeline can tear it down: destroy() destroys it
// once, and only if it has not completed on its own.
function watchPiece(stream, reading, writing) {
  let over = false;
  stream.on('close', () => { over = true; });
  const detach = eos(stream, { readable: reading, writable: writing }, (err) => {
    over = !err;
  });
  return {
    destroy(err) {
      if (over) return;
      over = true;
      destroyImpl.destroyer(stream, err || new ERR_STREAM_DESTROYED('pipe'));
    },
    detach,
  };
}

// The previous output as something a transform function can iterate.
function asAsyncIterable(val) {
  if (isIterable(val)) return val;
  if (isReadableNodeStream(val)) return iterateReadable(val);
  throw new ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable', 'AsyncIterable'], val);
}

async function* iterateReadable(val) {
  if (Readable === undefined) Readable = require('internal/streams/readable');
  yield* Readable.prototype[Symbol.asyncIterator].call(val);
}

// Writes an iterable (a web ReadableStream too) into a node stream, waiting
// for 'drain' when write() says so, then ends it (when `end`) and waits for
// it to finish.
async function writeIterable(iterable, writable, step, { end }) {
  let failure;
  let wake = null;

  const onProgress = (err) => {
    if (err) failure = err;
    if (wake) {
      const fn = wake;
      wake = null;
      fn();
    }
  };

  const waitForProgress = () => new Promise((resolve, reject) => {
    if (failure) {
      reject(failure);
      return;
    }
    wake = () => {
      if (failure) reject(failure);
      else resolve();
    };
  });

  writable.on('drain', onProgress);
  const detach = eos(writable, { readable: false }, onProgress);

  try {
    if (writable.writableNeedDrain) await waitForProgress();
    for await (const chunk of iterable) {
      if (!writable.write(chunk)) await waitForProgress();
    }
    if (end) {
      writable.end();
      await waitForProgress();
    }
    step();
  } catch (err) {
    step(failure !== err ? aggregateTwoErrors(failure, err) : err);
  } finally {
    detach();
    writable.off('drain', onProgress);
  }
}

function pipeline(...streams) {
  validateFunction(streams[streams.length - 1], 'streams[stream.length - 1]');
  const callback = once(streams.pop());
  return pipelineImpl(streams, callback);
}

function pipelineImpl(streams, callback, opts) {
  if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
  if (streams.length < 2) throw new ERR_MISSING_ARGS('streams');

  const outerSignal = opts && opts.signal;
  validateAbortSignal(outerSignal, 'options.signal');

  const run = {
    callback,
    error: undefined,
    value: undefined,
    pending: 0,
    teardowns: [],        // destroy functions of the pieces
    releaseOnSuccess: [], // listeners on the last piece, removed on success
    controller: new AbortController(),
    outerDisposable: undefined,
  };
  const step = (err) => settle(run, err, --run.pending === 0);
  const onOuterAbort = () => settle(run, new AbortError(), false);

  if (outerSignal) {
    if (addAbortListener === undefined) addAbortListener = require('events').addAbortListener;
    run.outerDisposable = addAbortListener(outerSignal, onOuterAbort);
  }

  const signal = run.controller.signal;
  let prev;
  for (let i = 0; i < streams.length; i++) {
    const piece = streams[i];
    const isLast = i === streams.length - 1;
    const reading = !isLast;
    const writing = i > 0;
    const end = reading || !opts || opts.end !== false;

    if (isNodeStream(piece)) watchNodePiece(run, piece, reading, writing, end, isLast, step);

    if (i === 0) {
      prev = firstPiece(piece, signal);
    } else if (typeof piece === 'function') {
      prev = functionPiece(run, prev, piece, i, reading, end, isLast, signal, step);
    } else if (isNodeStream(piece)) {
      connectInto(run, prev, piece, end, isLast, step);
      prev = piece;
    } else if (isWebStream(piece)) {
      connectIntoWeb(run, prev, piece, end, step);
      prev = piece;
    } else {
      prev = lazyDuplex().from(piece);
    }
  }

  if (signal.aborted || (outerSignal && outerSignal.aborted)) {
    process.nextTick(onOuterAbort);
  }
  return prev;
}

// Records a failure (a real error beats a premature close caused by the
// teardown itself); on failure or completion tears everything down, and on
// completion reports.
function settle(run, err, complete) {
  if (err && (!run.error || run.error.code === 'ERR_STREAM_PREMATURE_CLOSE')) run.error = err;
  if (!run.error && !complete) return;

  while (run.teardowns.length) run.teardowns.shift()(run.error);
  if (run.outerDisposable) run.outerDisposable[SymbolDispose]();
  run.controller.abort();

  if (complete) {
    if (!run.error) {
      for (let i = 0; i < run.releaseOnSuccess.length; i++) run.releaseOnSuccess[i]();
    }
    process.nextTick(run.callback, run.error, run.value);
  }
}

function watchNodePiece(run, stream, reading, writing, end, isLast, step) {
  if (end) {
    const { destroy, detach } = watchPiece(stream, reading, writing);
    run.teardowns.push(destroy);
    if (isLast && isReadable(stream)) run.releaseOnSuccess.push(detach);
  }

  // An error after the data has gone through still fails the pipeline.
  const onError = (err) => {
    if (err && err.name !== 'AbortError' && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') step(err);
  };
  stream.on('error', onError);
  if (isLast && isReadable(stream)) {
    run.releaseOnSuccess.push(() => stream.removeListener('error', onError));
  }
}

function firstPiece(piece, signal) {
  if (typeof piece === 'function') {
    const source = piece({ signal });
    if (!isIterable(source)) {
      throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or Stream', 'source', source);
    }
    return source;
  }
  if (isIterable(piece) || isReadableNodeStream(piece) || isTransformStream(piece)) return piece;
  return lazyDuplex().from(piece);
}

// A function after the first piece: a transform (async iterable out), or in
// last position the destination (a promise, or an async iterable that is
// drained into a PassThrough so that pipeline() still returns a stream).
function functionPiece(run, prev, fn, i, reading, end, isLast, signal, step) {
  const out = fn(asAsyncIterable(isTransformStream(prev) ? prev.readable : prev), { signal });

  if (reading) {
    if (!isIterable(out, true)) {
      throw new ERR_INVALID_RETURN_VALUE('AsyncIterable', `transform[${i - 1}]`, out);
    }
    return out;
  }

  if (PassThrough === undefined) PassThrough = require('internal/streams/passthrough');
  const pt = new PassThrough({ objectMode: true });

  // Read `then` once: it may be a getter.
  const then = out && out.then;
  if (typeof then === 'function') {
    run.pending++;
    Reflect.apply(then, out, [
      (val) => {
        run.value = val;
        if (val != null) pt.write(val);
        if (end) pt.end();
        process.nextTick(step);
      },
      (err) => {
        pt.destroy(err);
        process.nextTick(step, err);
      },
    ]);
  } else if (isIterable(out, true)) {
    run.pending++;
    writeIterable(out, pt, step, { end });
  } else if (isReadableStream(out) || isTransformStream(out)) {
    run.pending++;
    writeIterable(out.readable || out, pt, step, { end });
  } else {
    throw new ERR_INVALID_RETURN_VALUE('AsyncIterable or Promise', 'destination', out);
  }

  const { destroy, detach } = watchPiece(pt, false, true);
  run.teardowns.push(destroy);
  if (isLast) run.releaseOnSuccess.push(detach);
  return pt;
}

// A node stream after the first piece: fed from whatever came before.
function connectInto(run, prev, stream, end, isLast, step) {
  if (isReadableNodeStream(prev)) {
    run.pending += 2;
    const detach = pipeStreams(prev, stream, step, { end });
    if (isLast && isReadable(stream)) run.releaseOnSuccess.push(detach);
  } else if (isTransformStream(prev) || isReadableStream(prev)) {
    run.pending++;
    writeIterable(prev.readable || prev, stream, step, { end });
  } else if (isIterable(prev)) {
    run.pending++;
    writeIterable(prev, stream, step, { end });
  } else {
    throw new ERR_INVALID_ARG_TYPE(
      'val',
      ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'],
      prev);
  }
}

// A web WritableStream (or a TransformStream's writable side) after the
// first piece, fed from whatever came before.
function connectIntoWeb(run, prev, stream, end, step) {
  let source;
  if (isReadableNodeStream(prev)) {
    source = asAsyncIterable(prev);
  } else if (isReadableStream(prev) || isIterable(prev)) {
    source = prev;
  } else if (isTransformStream(prev)) {
    source = prev.readable;
  } else {
    throw new ERR_INVALID_ARG_TYPE(
      'val',
      ['Readable', 'Iterable', 'AsyncIterable', 'ReadableStream', 'TransformStream'],
      prev);
  }
  run.pending++;
  writeToWeb(source, stream, step, { end });
}

// Writes an iterable into a web stream through a writer, waiting for the
// writer's ready promise before each chunk (the write's own promise is not
// awaited; a failed write shows as a rejected ready). On failure the web
// stream is aborted with the error.
async function writeToWeb(iterable, writable, step, { end }) {
  if (isTransformStream(writable)) writable = writable.writable;
  const writer = writable.getWriter();
  try {
    for await (const chunk of iterable) {
      await writer.ready;
      Promise.prototype.then.call(writer.write(chunk), undefined, nop);
    }
    await writer.ready;
    if (end) await writer.close();
    step();
  } catch (err) {
    try {
      await writer.abort(err);
      step(err);
    } catch (abortErr) {
      step(abortErr);
    }
  }
}

// src.pipe(dst) with completion tracking: step() once for the source side
// (ended, or failed) and once for the destination (finished, or failed).
function pipeStreams(src, dst, step, { end }) {
  let ended = false;
  dst.on('close', () => {
    // dst went away before src ended.
    if (!ended) step(new ERR_STREAM_PREMATURE_CLOSE());
  });

  src.pipe(dst, { end: false });

  if (end) {
    const endDestination = () => {
      ended = true;
      dst.end();
    };
    if (isReadableFinished(src)) process.nextTick(endDestination);
    else src.once('end', endDestination);

    eos(src, { readable: true, writable: false }, (err) => {
      const r = src._readableState;
      if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
          r && r.ended && !r.errored && !r.errorEmitted) {
        // Closed after its last push but before 'end' was emitted: 'end'
        // (or an error) is still to come.
        src.once('end', endDestination).once('error', step);
      } else {
        step(err);
      }
    });
  } else {
    step();
  }

  return eos(dst, { readable: false, writable: true }, step);
}

module.exports = { pipelineImpl, pipeline };

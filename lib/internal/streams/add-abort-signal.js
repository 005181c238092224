// eddy: stream.addAbortSignal(signal, stream) — aborting the signal destroys
// the stream with an AbortError whose cause is the signal's reason. A web
// stream is errored with it instead, as its controller's error() would (a
// byte stream ignores it; a TransformStream has no controller to ask and
// fails with node's TypeError).
'use strict';

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const {
  SymbolDispose,
  isNodeStream,
  isWebStream,
} = require('internal/streams/utils');

const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');

let webErrorFunctions;
function errorWebStream(stream, error) {
  if (webErrorFunctions === undefined) {
    const readable = require('internal/webstreams/readablestream');
    const writable = require('internal/webstreams/writablestream');
    webErrorFunctions = {
      isReadableStream: readable.isReadableStream,
      isWritableStream: writable.isWritableStream,
      errorReadable: readable.readableStreamErrorFromSignal,
      errorWritable: writable.writableStreamErrorFromSignal,
    };
  }
  const web = webErrorFunctions;
  if (web.isReadableStream(stream)) web.errorReadable(stream, error);
  else if (web.isWritableStream(stream)) web.errorWritable(stream, error);
  else if (typeof stream[kControllerErrorFunction] === 'function') stream[kControllerErrorFunction](error);
  else throw new TypeError('stream[kControllerErrorFunction] is not a function');
}

let eos;
let addAbortListener;

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) return stream;
  const onAbort = isNodeStream(stream) ? () => {
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  } : () => {
    errorWebStream(stream, new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    if (addAbortListener === undefined) addAbortListener = require('events').addAbortListener;
    if (eos === undefined) eos = require('internal/streams/end-of-stream');
    const disposable = addAbortListener(signal, onAbort);
    // Stop listening once the stream is done.
    eos(stream, disposable[SymbolDispose]);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };

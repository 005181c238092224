// eddy: stream.addAbortSignal(signal, stream) — aborting the signal destroys
// the stream with an AbortError whose cause is the signal's reason.
'use strict';

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const {
  SymbolDispose,
  isNodeStream,
  isWebStream,
} = require('internal/streams/utils');

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
  if (!isNodeStream(stream)) {
    throw new ERR_NOT_IMPLEMENTED('stream.addAbortSignal() on a web stream');
  }
  const onAbort = () => {
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
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

// eddy: stream.compose(...streams) — pipes the pieces together (through
// pipeline()) and returns one Duplex in front of them: writes go into the
// first piece, reads come out of the last. Functions are accepted as in
// pipeline(), the first and last through Duplex.from(); pieces may be web
// streams (a TransformStream counts as readable and writable).
'use strict';

const { pipeline } = require('internal/streams/pipeline');
const Duplex = require('internal/streams/duplex');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const {
  closeWith,
  createLink,
  drawFrom,
  drawFromWeb,
  feedInto,
  feedIntoWeb,
  inputFinished,
  settle,
} = require('internal/streams/bridge');
const {
  isNodeStream,
  isReadable,
  isReadableStream,
  isTransformStream,
  isWebStream,
  isWritable,
  isWritableStream,
} = require('internal/streams/utils');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');

function canRead(piece) {
  return isReadable(piece) || isReadableStream(piece) || isTransformStream(piece);
}

function canWrite(piece) {
  return isWritable(piece) || isWritableStream(piece) || isTransformStream(piece);
}

function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const given = [...streams];
  const last = streams.length - 1;
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  if (typeof streams[last] === 'function') streams[last] = Duplex.from(streams[last]);

  // Every piece but the last must be readable, every piece but the first
  // writable.
  for (let n = 0; n < streams.length; ++n) {
    const piece = streams[n];
    if (!isNodeStream(piece) && !isWebStream(piece)) continue;
    if (n < last && !canRead(piece)) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, given[n], 'must be readable');
    }
    if (n > 0 && !canWrite(piece)) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, given[n], 'must be writable');
    }
  }

  let link;
  const head = streams[0];
  const tail = pipeline(streams, (err) => settle(link, err, !readable && !writable));
  const writable = !!canWrite(head);
  const readable = !!canRead(tail);

  const outer = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });
  link = createLink(outer);

  if (writable) {
    if (isNodeStream(head)) feedInto(link, head);
    else if (isWebStream(head)) feedIntoWeb(link, isTransformStream(head) ? head.writable : head);
    // Writing is over once the whole chain has gone through.
    eos(isTransformStream(tail) ? tail.readable : tail, () => inputFinished(link));
  }
  if (readable) {
    if (isNodeStream(tail)) drawFrom(link, tail);
    else if (isWebStream(tail)) drawFromWeb(link, isTransformStream(tail) ? tail.readable : tail);
  }

  closeWith(link, (err) => {
    if (isNodeStream(tail)) destroyer(tail, err);
  });

  return outer;
}

module.exports = compose;

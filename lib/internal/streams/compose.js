// eddy: stream.compose(...streams) — pipes the pieces together (through
// pipeline()) and returns one Duplex in front of them: writes go into the
// first piece, reads come out of the last. Functions are accepted as in
// pipeline(), the first and last through Duplex.from().
'use strict';

const { pipeline } = require('internal/streams/pipeline');
const Duplex = require('internal/streams/duplex');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const {
  closeWith,
  createLink,
  drawFrom,
  feedInto,
  inputFinished,
  settle,
} = require('internal/streams/bridge');
const {
  isNodeStream,
  isReadable,
  isWritable,
  isWebStream,
} = require('internal/streams/utils');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_NOT_IMPLEMENTED,
  },
} = require('internal/errors');

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
    if (isWebStream(piece)) throw new ERR_NOT_IMPLEMENTED('stream.compose() with web streams');
    if (!isNodeStream(piece)) continue;
    if (n < last && !isReadable(piece)) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, given[n], 'must be readable');
    }
    if (n > 0 && !isWritable(piece)) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, given[n], 'must be writable');
    }
  }

  let link;
  const head = streams[0];
  const tail = pipeline(streams, (err) => settle(link, err, !readable && !writable));
  const writable = !!isWritable(head);
  const readable = !!isReadable(tail);

  const outer = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });
  link = createLink(outer);

  if (writable) {
    feedInto(link, head);
    // Writing is over once the whole chain has gone through.
    eos(tail, () => inputFinished(link));
  }
  if (readable) drawFrom(link, tail);

  closeWith(link, (err) => {
    if (isNodeStream(tail)) destroyer(tail, err);
  });

  return outer;
}

module.exports = compose;

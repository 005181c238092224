// eddy: Readable.from(iterable[, options]). Pulls from a sync or async
// iterator whenever the stream wants data, pushing values until push() says
// the buffer is full; destroying the stream closes the iterator (throw() with
// the error when there is one, then return()). A string or Buffer is pushed
// whole, not iterated.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES },
} = require('internal/errors');

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let iterator;
  let isAsync;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({
    objectMode: true,
    highWaterMark: 1,
    ...opts,
  });

  // One pull loop at a time; it stops when push() asks us to.
  let reading = false;
  // A sync iterator that produced a promise: from then on values are awaited.
  let awaitValues = false;

  readable._read = function() {
    if (reading) return;
    reading = true;
    if (isAsync) pullAsync();
    else if (awaitValues) pullSyncAwaiting();
    else pullSync();
  };

  readable._destroy = function(error, cb) {
    closeIterator(error).then(
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error));
  };

  async function closeIterator(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // Pushes one value; false when the pull loop should stop.
  function pushValue(value) {
    if (value === null) {
      reading = false;
      throw new ERR_STREAM_NULL_VALUES();
    }
    if (readable.push(value)) return true;
    reading = false;
    return false;
  }

  function pullSync() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          awaitValues = true;
          pullSyncAwaiting(value);
          return;
        }
        if (!pushValue(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  // `first` is a promise the sync iterator already produced.
  async function pullSyncAwaiting(first) {
    try {
      if (first !== undefined) {
        if (!pushValue(await first)) return;
      }
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const res = (value && typeof value.then === 'function') ? await value : value;
        if (!pushValue(res)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pullAsync() {
    try {
      for (;;) {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (!pushValue(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  return readable;
}

module.exports = from;

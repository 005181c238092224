// eddy: Duplex.from(body) — turns many things into a Duplex:
//   a duplex stream           → itself
//   a readable / writable     → a Duplex wrapping it (the other side off)
//   a web ReadableStream / WritableStream → the same, over Readable.fromWeb /
//                               Writable.fromWeb of it
//   { readable, writable }    → a Duplex over the pair (Duplex.fromWeb when
//                               both are web streams, so a TransformStream)
//   an (async) iterable       → a readable-only Duplex of its values
//   a promise                 → a readable-only Duplex of its value
//   an async generator function fn(source) → a Duplex whose writes feed
//     `source` and whose output is fn's yields (or, when fn returns a
//     promise, a writable-only Duplex that finishes when it settles)
'use strict';

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const {
  isDuplexNodeStream,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableNodeStream,
  isReadableStream,
  isWritable,
  isWritableNodeStream,
  isWritableStream,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const from = require('internal/streams/from');
const {
  closeWith,
  createLink,
  drawFrom,
  feedInto,
  inputFinished,
  settle,
} = require('internal/streams/bridge');

// A Duplex whose `readable: false` / `writable: false` options also mark that
// side as already done.
class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    if (options && options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options && options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }
  }
}

function isBlob(value) {
  return value != null && typeof value === 'object' &&
    value[Symbol.toStringTag] === 'Blob' && typeof value.arrayBuffer === 'function';
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return fromPair({ readable: body });
  if (isWritableNodeStream(body)) return fromPair({ writable: body });
  if (isNodeStream(body)) return fromPair({ writable: false, readable: false });

  if (isReadableStream(body)) return fromPair({ readable: Readable.fromWeb(body) });
  if (isWritableStream(body)) return fromPair({ writable: Writable.fromWeb(body) });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);

    if (isIterable(value)) {
      return from(Duplexify, value, { objectMode: true, write, final, destroy });
    }

    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      const promise = Reflect.apply(then, value, [
        (val) => {
          if (val != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', val);
        },
        (err) => { destroyer(d, err); },
      ]);
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }

    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isBlob(body)) return duplexify(body.arrayBuffer(), name);

  if (isIterable(body)) {
    return from(Duplexify, body, { objectMode: true, writable: false });
  }

  if (body && isReadableStream(body.readable) && isWritableStream(body.writable)) {
    return Duplexify.fromWeb(body);
  }

  if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
    const readable = body.readable ?
      (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable, name)) :
      undefined;
    const writable = body.writable ?
      (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable, name)) :
      undefined;
    return fromPair({ readable, writable });
  }

  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    Reflect.apply(then, body, [
      (val) => {
        if (val != null) d.push(val);
        d.push(null);
      },
      (err) => { destroyer(d, err); },
    ]);
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw new ERR_INVALID_ARG_TYPE(
    name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
     'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'],
    body);
}

// Runs fn(source, { signal }) where `source` is an async generator fed by the
// Duplex's writes. A one-slot channel hands each write over: the generator
// waits on the slot, acknowledges the write (on the next tick) when it takes
// it, and yields the chunk; final() puts an end marker in the slot.
function fromAsyncGen(fn) {
  const channel = { taken: null, put: null };
  function openSlot() {
    channel.taken = new Promise((resolve) => { channel.put = resolve; });
  }
  function offer(entry) {
    const put = channel.put;
    channel.put = null;
    put(entry);
  }
  openSlot();

  const ac = new AbortController();
  const signal = ac.signal;

  async function* source() {
    for (;;) {
      const slot = channel.taken;
      channel.taken = null;
      const { chunk, done, cb } = await slot;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      openSlot();
      yield chunk;
    }
  }

  const value = fn(source(), { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      offer({ chunk, done: false, cb });
    },
    final(cb) {
      offer({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort();
      cb(err);
    },
  };
}

// A Duplex in front of a readable and/or a writable stream. Either one
// failing destroys the other and the Duplex.
function fromPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ?
    Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;
  const readable = !!isReadable(r);
  const writable = !!isWritable(w);

  const outer = new Duplexify({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });
  const link = createLink(outer);

  if (writable) {
    eos(w, (err) => {
      if (err) destroyer(r, err);
      settle(link, err, false);
    });
    feedInto(link, w);
    w.on('finish', () => inputFinished(link));
  }

  if (readable) {
    eos(r, (err) => {
      if (err) destroyer(r, err);
      settle(link, err, false);
    });
    drawFrom(link, r);
  }

  closeWith(link, (err) => {
    destroyer(w, err);
    destroyer(r, err);
  });

  return outer;
}

module.exports = duplexify;

'use strict';
// finished() and addAbortSignal() with WHATWG streams: when the finished
// callbacks run against promise reactions and ticks, what they receive, and
// the state an abort signal leaves each kind of web stream in.
const { finished, addAbortSignal, isErrored, isReadable, isWritable, isDisturbed } = require('stream');
const { inspect } = require('util');
const log = (...a) => console.log(...a);
const describe = (err) => (err ? `${err.name} ${err.code} ${err.message}` : String(err));

const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } });
const cleanup = finished(rs, (err) => log('rs finished', describe(err)));
log('cleanup', typeof cleanup, cleanup());
rs.getReader().read().then((r) => log('read', r));

const errored = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
finished(errored, function(err) { log('errored finished', describe(err), this === errored); });

const ws = new WritableStream();
finished(ws, (err) => log('ws finished', describe(err)));
ws.getWriter().close().then(() => log('ws closed'));

const aborted = new WritableStream({ abort(r) { log('sink abort', r.message); } });
finished(aborted, (err) => log('aborted finished', describe(err)));
aborted.abort(new Error('ab')).then(() => log('abort resolved'));

const failing = new WritableStream({ write() { throw new Error('sink failed'); } });
finished(failing, (err) => log('failing finished', describe(err)));
failing.getWriter().write('x').catch((e) => log('write rejected', e.message));

try {
  finished(new TransformStream(), () => {});
} catch (e) {
  log('transform', describe(e));
}

const cancelled = new ReadableStream({ cancel(r) { log('cancel', r); } });
cancelled.cancel('x');
finished(cancelled, (err) => log('cancelled finished', describe(err)));

const pending = new ReadableStream();
finished(pending, { signal: AbortSignal.abort('early') }, (err) => log('pre-aborted', describe(err), err.cause));
const ac = new AbortController();
finished(new ReadableStream(), { signal: ac.signal }, (err) => log('aborted later', describe(err), err.cause));
setTimeout(() => ac.abort('late'), 1);

log('predicates', isErrored(errored), isErrored(rs), isReadable(rs), isWritable(ws), isDisturbed(rs), isDisturbed(cancelled));
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('microtask'));

setTimeout(() => {
  log('--- addAbortSignal');
  const ac2 = new AbortController();
  const src = new ReadableStream({ pull(c) { c.enqueue('x'); }, cancel() { log('never cancelled'); } });
  log(addAbortSignal(ac2.signal, src) === src);
  const reader = src.getReader();
  reader.closed.catch((e) => log('reader closed', describe(e), e.cause));
  ac2.abort('why');
  log(inspect(src));
  reader.read().then((r) => log('read', r), (e) => log('read rejected', e.name));

  const dest = new WritableStream({ abort() { log('never aborted'); } });
  addAbortSignal(AbortSignal.abort(), dest);
  log(inspect(dest));
  dest.getWriter().closed.catch((e) => log('writer closed', describe(e)));

  for (const [name, stream] of [
    ['bytes', new ReadableStream({ type: 'bytes' })],
    ['transform readable', new TransformStream().readable],
    ['transform writable', new TransformStream().writable],
    ['from', ReadableStream.from([1])],
    ['tee', new ReadableStream().tee()[0]],
    ['text encoder', new TextEncoderStream().readable],
    ['closed', new ReadableStream({ start(c) { c.close(); } })],
  ]) {
    addAbortSignal(AbortSignal.abort(), stream);
    log(name, inspect(stream));
  }
  try {
    addAbortSignal(AbortSignal.abort(), new TransformStream());
  } catch (e) {
    log('transform', describe(e));
  }
  try {
    addAbortSignal(AbortSignal.abort(), {});
  } catch (e) {
    log('object', describe(e));
  }
}, 10);

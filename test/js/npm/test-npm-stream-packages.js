// Stream packages from npm on node:stream: readable-stream 4 (its own copy
// of the stream classes, mixed with core and web streams in pipelines; it
// relies on Symbol.dispose and on node's registered slots on web streams),
// through2 (over readable-stream 3), split2 and concat-stream.
'use strict';
const assert = require('assert');
const stream = require('stream');
const RS = require('readable-stream');
const through2 = require('through2');
const split2 = require('split2');
const concat = require('concat-stream');

function collect(out) {
  return new stream.Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } });
}

(async () => {
  // Lines split across chunks, transformed by through2, into a core Writable,
  // all driven by readable-stream's pipeline.
  const lines = [];
  await RS.promises.pipeline(
    RS.Readable.from(['a\nb', 'c\n', 'd']),
    split2(),
    through2.obj(function(line, enc, cb) { cb(null, line.toUpperCase()); }),
    collect(lines));
  assert.deepStrictEqual(lines, ['A', 'BC', 'D']);

  // split2 with a mapper (JSON lines).
  const records = [];
  await stream.promises.pipeline(
    stream.Readable.from(['{"a":1}\n{"b"', ':2}\n']), split2(JSON.parse), collect(records));
  assert.deepStrictEqual(records, [{ a: 1 }, { b: 2 }]);

  // concat-stream: Buffers, strings and arrays.
  const joined = await new Promise((resolve) => {
    stream.Readable.from([Buffer.from('x'), Buffer.from('y')]).pipe(concat(resolve));
  });
  assert.strictEqual(joined.toString(), 'xy');
  const text = await new Promise((resolve) => {
    const w = concat({ encoding: 'string' }, resolve);
    w.write('p');
    w.end(Buffer.from('q'));
  });
  assert.strictEqual(text, 'pq');
  const items = await new Promise((resolve) => {
    const w = concat(resolve);
    w.write([1, 2]);
    w.end([3]);
  });
  assert.deepStrictEqual(items, [1, 2, 3]);

  // through2 with a flush function in a core pipeline.
  const doubled = await new Promise((resolve, reject) => {
    let result;
    stream.pipeline(
      stream.Readable.from(['1', '2', '3']),
      through2(function(c, e, cb) { this.push(c); this.push(c); cb(); },
               function(cb) { this.push('end'); cb(); }),
      concat((b) => { result = b.toString(); }),
      (err) => (err ? reject(err) : resolve(result)));
  });
  assert.strictEqual(doubled, '112233end');

  // A readable-stream Transform feeding a WHATWG WritableStream.
  const web = [];
  await stream.promises.pipeline(
    RS.Readable.from(['w']),
    new RS.Transform({ transform(c, e, cb) { cb(null, String(c) + '!'); } }),
    new WritableStream({ write(c) { web.push(String(c)); } }));
  assert.deepStrictEqual(web, ['w!']);

  // finished() from either library on the other's streams; errors cross over.
  const pass = new RS.PassThrough();
  const done = Promise.all([
    new Promise((resolve, reject) => RS.finished(pass, (e) => (e ? reject(e) : resolve()))),
    stream.promises.finished(pass),
  ]);
  pass.end('z');
  pass.resume();
  await done;
  await assert.rejects(
    stream.promises.pipeline(
      new RS.Readable({ read() { this.destroy(new Error('rs boom')); } }),
      new stream.PassThrough()),
    { message: 'rs boom' });
  assert.strictEqual(stream.isReadable(new RS.Readable({ read() {} })), true);

  // readable-stream's abort signals (its addAbortListener result is disposed
  // through Symbol.dispose) on its own streams and on web streams.
  const ac = new AbortController();
  const withSignal = new RS.Readable({ read() {}, signal: ac.signal });
  const abortedWith = new Promise((resolve) => withSignal.on('error', resolve));
  ac.abort();
  assert.strictEqual((await abortedWith).name, 'AbortError');
  const ac2 = new AbortController();
  const webSource = new ReadableStream();
  RS.addAbortSignal(ac2.signal, webSource);
  const reader = webSource.getReader();
  ac2.abort();
  await assert.rejects(reader.read(), { name: 'AbortError' });

  // readable-stream's finished() and pipeline() on web streams (it reads
  // node's slots on them).
  const closing = new ReadableStream({ start(c) { c.close(); } });
  await new Promise((resolve, reject) => RS.finished(closing, (e) => (e ? reject(e) : resolve())));
  const failing = new WritableStream({ write() { throw new Error('web sink'); } });
  const finishedFailing = new Promise((resolve) => RS.finished(failing, resolve));
  failing.getWriter().write('x').catch(() => {});
  assert.strictEqual((await finishedFailing).message, 'web sink');
  const webOut = [];
  await RS.promises.pipeline(ReadableStream.from(['x', 'y']), new TransformStream(),
                             new WritableStream({ write(c) { webOut.push(c); } }));
  assert.deepStrictEqual(webOut, ['x', 'y']);
})().then(() => {}, (err) => {
  process.exitCode = 1;
  console.error(err);
});

'use strict';
// pipeline() with WHATWG streams: a ReadableStream source, TransformStreams
// in between, a WritableStream destination, mixed with node streams and
// async generators; pipeline returns its last piece.
const assert = require('node:assert');
const { pipeline, Readable, Writable, Transform } = require('node:stream');
const common = require('../../common');

function collector(out) {
  return new WritableStream({ write(chunk) { out.push(chunk); } });
}
function upper() {
  return new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); } });
}

{
  const out = [];
  const ws = collector(out);
  const ret = pipeline(ReadableStream.from(['a', 'b']), upper(), ws, common.mustSucceed(() => {
    assert.deepStrictEqual(out, ['A', 'B']);
  }));
  assert.strictEqual(ret, ws);
}

{
  // web -> node Transform -> web
  const out = [];
  pipeline(
    ReadableStream.from(['x', 'y']),
    new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + '!'); } }),
    collector(out),
    common.mustSucceed(() => assert.deepStrictEqual(out, ['x!', 'y!'])));
}

{
  // node -> web TransformStream -> node
  const out = [];
  const dest = new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } });
  const ret = pipeline(Readable.from(['p', 'q']), upper(), dest, common.mustSucceed(() => {
    assert.deepStrictEqual(out, ['P', 'Q']);
  }));
  assert.strictEqual(ret, dest);
}

{
  // An async generator between web streams; an iterable into a web stream.
  const out = [];
  pipeline(ReadableStream.from([1, 2, 3]), async function*(source) {
    for await (const n of source) yield n * 10;
  }, collector(out), common.mustSucceed(() => assert.deepStrictEqual(out, [10, 20, 30])));

  const out2 = [];
  pipeline(['i', 'j'], collector(out2), common.mustSucceed(() => {
    assert.deepStrictEqual(out2, ['i', 'j']);
  }));
}

{
  // A final async function gets the web stream as an async iterable.
  const ret = pipeline(ReadableStream.from(['m', 'n']), async function(source) {
    let all = '';
    for await (const c of source) all += c;
    return all;
  }, common.mustSucceed((value) => assert.strictEqual(value, 'mn')));
  assert.ok(ret instanceof Readable);
}

{
  // A TransformStream as the source, and as what a function receives.
  const ts = upper();
  const writer = ts.writable.getWriter();
  writer.write('t');
  writer.close();
  const out = [];
  pipeline(ts, async function*(source) {
    for await (const c of source) yield c + c;
  }, collector(out), common.mustSucceed(() => assert.deepStrictEqual(out, ['TT'])));
}

{
  // A last function may return a ReadableStream: read through a PassThrough.
  const ret = pipeline(ReadableStream.from(['r']), (source) => ReadableStream.from(source),
                       common.mustSucceed());
  ret.toArray().then(common.mustCall((chunks) => assert.deepStrictEqual(chunks, ['r'])));
}

{
  // A TransformStream as the destination is returned and can be read.
  const ts = upper();
  assert.strictEqual(pipeline(Readable.from(['last']), ts, common.mustSucceed()), ts);
  ts.readable.getReader().read().then(common.mustCall(({ value }) => {
    assert.strictEqual(value, 'LAST');
  }));
}

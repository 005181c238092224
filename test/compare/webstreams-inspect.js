'use strict';
// util.inspect of web streams, readers, writers, controllers and the
// strategy/encoding/compression wrappers, as node 20 prints them (including
// the nested ones cut off below the depth limit).
const util = require('util');

const rs = new ReadableStream();
console.log(rs);
console.log(new ReadableStream({ type: 'bytes' }));
const reader = rs.getReader();
console.log(reader);
console.log(rs);
const ws = new WritableStream();
console.log(ws);
console.log(ws.getWriter());
console.log(new TransformStream());
console.log(new ByteLengthQueuingStrategy({ highWaterMark: 3 }), new CountQueuingStrategy({ highWaterMark: 2 }));
console.log(new TextEncoderStream(), new TextDecoderStream());
console.log(new CompressionStream('gzip'), new DecompressionStream('deflate'));
new ReadableStream({ start(c) { console.log(c); } });
new ReadableStream({ type: 'bytes', start(c) { console.log(c); } });
new WritableStream({ start(c) { console.log(c); } });
new TransformStream({ start(c) { console.log(c); } });
console.log([rs], { a: { b: { c: rs } } });
console.log(util.inspect(rs, { depth: 0 }), util.inspect({ rs }, { depth: 0 }));
console.log(Object.prototype.toString.call(rs), String(ws));
console.log(Object.getOwnPropertyNames(ReadableStream.prototype));
console.log(ReadableStream.length, ReadableStream.prototype.getReader.length, ReadableStream.prototype.pipeTo.length);
console.log(Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked'));
console.log(Object.getOwnPropertyDescriptor(ReadableStream.prototype, Symbol.asyncIterator));
console.log(new ReadableStream().values());
const released = new ReadableStream().getReader();
released.releaseLock();
console.log(released);
console.log(new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }));
let byob;
new ReadableStream({ type: 'bytes', pull(c) { byob = c.byobRequest; } })
  .getReader({ mode: 'byob' }).read(new Uint16Array(2));
setTimeout(() => {
  console.log(byob);
  const closed = new ReadableStream({ start(c) { c.close(); } });
  const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } });
  console.log(closed, errored);
  const w = new WritableStream().getWriter();
  w.close();
  setTimeout(() => console.log(w), 1);
}, 1);

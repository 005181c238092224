'use strict';
// Misuse of web streams: error classes, codes and messages, thrown and
// as rejections, compared with node 20.
const tests = {
  'locked getReader': () => { const rs = new ReadableStream(); rs.getReader(); rs.getReader(); },
  'bad mode': () => new ReadableStream().getReader({mode:'x'}),
  'byob on default': () => new ReadableStream().getReader({mode:'byob'}),
  'bad source': () => new ReadableStream(1),
  'bad type': () => new ReadableStream({type:'foo'}),
  'bad start': () => new ReadableStream({start: 1}),
  'bad hwm': () => new ReadableStream({}, {highWaterMark: -1}),
  'bad hwm NaN': () => new ReadableStream({}, {highWaterMark: NaN}),
  'bad size': () => new ReadableStream({}, {size: 1}),
  'bytes with size': () => new ReadableStream({type:'bytes'}, {size(){return 1}}),
  'bad strategy': () => new ReadableStream({}, 1),
  'illegal ctor reader': () => new ReadableStreamDefaultReader(1),
  'illegal ctor controller': () => new ReadableStreamDefaultController(),
  'illegal byob req': () => new ReadableStreamBYOBRequest(),
  'illegal bytecontroller': () => new ReadableByteStreamController(),
  'illegal ws controller': () => new WritableStreamDefaultController(),
  'illegal ts controller': () => new TransformStreamDefaultController(),
  'locked writer': () => { const ws = new WritableStream(); ws.getWriter(); ws.getWriter(); },
  'writer ctor locked': () => { const ws = new WritableStream(); ws.getWriter(); new WritableStreamDefaultWriter(ws); },
  'ws bad sink': () => new WritableStream(1),
  'ws type': () => new WritableStream({type: 'bytes'}),
  'ts bad': () => new TransformStream(1),
  'ts readableType': () => new TransformStream({readableType: 'bytes'}),
  'ts writableType': () => new TransformStream({writableType: 'bytes'}),
  'locked getter this': () => Object.getOwnPropertyDescriptor(ReadableStream.prototype,'locked').get.call({}),
  'enqueue after close': () => new ReadableStream({start(c){ c.close(); c.enqueue(1); }}),
  'close twice': () => new ReadableStream({start(c){ c.close(); c.close(); }}),
  'bytes enqueue non view': () => new ReadableStream({type:'bytes', start(c){ c.enqueue(1); }}),
  'bytes enqueue empty': () => new ReadableStream({type:'bytes', start(c){ c.enqueue(new Uint8Array(0)); }}),
  'bytes autoAlloc 0': () => new ReadableStream({type:'bytes', autoAllocateChunkSize: 0}),
  'pipeThrough bad': () => new ReadableStream().pipeThrough({}),
  'pipeThrough locked': () => { const rs = new ReadableStream(); rs.getReader(); rs.pipeThrough(new TransformStream()); },
  'tee locked': () => { const rs = new ReadableStream(); rs.getReader(); rs.tee(); },
  'from bad': () => ReadableStream.from(1),
  'queuing strategy no arg': () => new CountQueuingStrategy(),
  'queuing strategy no hwm': () => new CountQueuingStrategy({}),
  'bl this': () => Object.getOwnPropertyDescriptor(ByteLengthQueuingStrategy.prototype,'highWaterMark').get.call({}),
  'values this': () => ReadableStream.prototype.values.call({}),
  'TextDecoderStream bad enc': () => new TextDecoderStream('nope'),
  'CompressionStream bad': () => new CompressionStream('zip'),
  'reader release then': () => { const r = new ReadableStream().getReader(); r.releaseLock(); r.releaseLock(); return 'ok'; },
  'desiredSize released': () => { const w = new WritableStream().getWriter(); w.releaseLock(); return w.desiredSize; },
};
const asyncTests = {
  'cancel locked': () => { const rs = new ReadableStream(); rs.getReader(); return rs.cancel(); },
  'pipeTo bad dest': () => new ReadableStream().pipeTo({}),
  'pipeTo locked': () => { const rs = new ReadableStream(); rs.getReader(); return rs.pipeTo(new WritableStream()); },
  'pipeTo bad signal': () => new ReadableStream().pipeTo(new WritableStream(), {signal: 1}),
  'read released': () => { const r = new ReadableStream().getReader(); r.releaseLock(); return r.read(); },
  'read released closed': () => { const r = new ReadableStream().getReader(); r.releaseLock(); return r.closed; },
  'byob read no view': () => new ReadableStream({type:'bytes'}).getReader({mode:'byob'}).read(),
  'byob read empty': () => new ReadableStream({type:'bytes'}).getReader({mode:'byob'}).read(new Uint8Array(0)),
  'byob read buf': () => new ReadableStream({type:'bytes'}).getReader({mode:'byob'}).read(new ArrayBuffer(3)),
  'reader read this': () => ReadableStreamDefaultReader.prototype.read.call({}),
  'write released': () => { const w = new WritableStream().getWriter(); w.releaseLock(); return w.write(1); },
  'write closed': () => { const w = new WritableStream().getWriter(); w.close(); return w.write(1); },
  'close closed': () => { const w = new WritableStream().getWriter(); w.close(); return w.close(); },
  'ws abort locked': () => { const ws = new WritableStream(); ws.getWriter(); return ws.abort(); },
  'ws close locked': () => { const ws = new WritableStream(); ws.getWriter(); return ws.close(); },
  'cancel this': () => ReadableStream.prototype.cancel.call({}),
  'ws released closed': () => { const w = new WritableStream().getWriter(); w.releaseLock(); return w.closed; },
  'ws released ready': () => { const w = new WritableStream().getWriter(); w.releaseLock(); return w.ready; },
  'error thrown read': () => new ReadableStream({start(c){ c.error(new Error('boom')); }}).getReader().read(),
  'releaseLock pending read': () => { const r = new ReadableStream().getReader(); const p = r.read(); r.releaseLock(); return p; },
  'iter return released': async () => { const rs = new ReadableStream({start(c){c.enqueue(1)}}); for await (const x of rs) break; return rs.getReader().read(); },
};
for (const [name, fn] of Object.entries(tests)) {
  try { console.log(name, '=>', fn()); } catch (e) { console.log(name, '!!', e.name, e.code, JSON.stringify(e.message)); }
}
(async () => {
  for (const [name, fn] of Object.entries(asyncTests)) {
    try { console.log(name, '=>', await fn()); } catch (e) { console.log(name, '!!', e.name, e.code, JSON.stringify(e.message), e.constructor.name); }
  }
})();

'use strict';
// Readable/Writable/Duplex fromWeb and toWeb: chunk types, strategies and
// argument errors, against node 20.
const { Readable, Writable, Duplex } = require('stream');
(async () => {
  const r = Readable.from(['a', 'b'], {objectMode: false});
  const rs = Readable.toWeb(r);
  console.log(rs);
  for await (const c of rs) console.log(c, c.constructor.name);
  const r2 = new Readable({read(){}}); r2.push('xy'); r2.push(null);
  for await (const c of Readable.toWeb(r2)) console.log(c, c.constructor.name);
  const r3 = new Readable({objectMode: true, read(){}}); r3.push({a:1}); r3.push(null);
  for await (const c of Readable.toWeb(r3)) console.log(c);
  const web = new ReadableStream({start(c){ c.enqueue(new Uint8Array([1,2])); c.enqueue('str'); c.close(); }});
  const nr = Readable.fromWeb(web);
  console.log(nr.readableObjectMode, nr.readableHighWaterMark);
  nr.on('data', d => console.log('data', d)).on('end', () => console.log('end')).on('close', () => console.log('close'));
  await new Promise(r => setTimeout(r, 10));
  const chunks = [];
  const ws = new WritableStream({write(c){ chunks.push(c); }});
  const w = Writable.fromWeb(ws);
  console.log(w.writableHighWaterMark, w.writableObjectMode);
  w.write('hello'); w.write(Buffer.from('x')); w.end(() => console.log('ended', chunks));
  await new Promise(r => setTimeout(r, 10));
  const w2 = new Writable({write(c, e, cb){ console.log('w2 got', c); cb(); }});
  const ws2 = Writable.toWeb(w2);
  console.log(ws2);
  const wr = ws2.getWriter(); console.log(wr.desiredSize);
  await wr.write(new Uint8Array([5])); await wr.write('strchunk'); await wr.close(); console.log('closed');
  const d = Duplex.toWeb(new Duplex({read(){}, write(c,e,cb){cb()}}));
  console.log(d);
  const dd = Duplex.fromWeb({readable: new ReadableStream(), writable: new WritableStream()});
  console.log(dd.constructor.name, dd.readableObjectMode, dd.writableObjectMode);
  try { Readable.fromWeb({}); } catch (e) { console.log(e.code, e.message); }
  try { Readable.toWeb({}); } catch (e) { console.log(e.code, e.message); }
  try { Writable.fromWeb({}); } catch (e) { console.log(e.code, e.message); }
  try { Writable.toWeb({}); } catch (e) { console.log(e.code, e.message); }
  try { Duplex.fromWeb({}); } catch (e) { console.log(e.code, e.message); }
  try { Duplex.toWeb({}); } catch (e) { console.log(e.code, e.message); }
  try { Readable.fromWeb(new ReadableStream(), {encoding: 'bogus'}); } catch (e) { console.log(e.code, e.message); }
})();

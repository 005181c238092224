'use strict';
// TransformStream: the order of transform/flush calls, write settlements
// and reads, terminate(), error() and cancel, against node 20.
const log = (...a) => console.log(...a);
const wait = (ms = 5) => new Promise((r) => setTimeout(r, ms));
(async () => {
  {
    const ts = new TransformStream({
      start() { log('tstart'); },
      transform(chunk, c) { log('transform', chunk, c.desiredSize); c.enqueue(chunk.toUpperCase()); },
      flush(c) { log('flush'); c.enqueue('END'); },
    });
    const w = ts.writable.getWriter();
    const r = ts.readable.getReader();
    w.write('a').then(() => log('wa'));
    w.write('b').then(() => log('wb'));
    w.close().then(() => log('wclose'));
    for (;;) {
      const { value, done } = await r.read();
      log('read', value, done);
      if (done) break;
    }
    await wait();
  }
  log('--- async transform, highWaterMarks');
  {
    const ts = new TransformStream({
      async transform(chunk, c) { await null; c.enqueue(chunk * 10); log('transformed', chunk); },
    }, { highWaterMark: 2 }, { highWaterMark: 1 });
    const w = ts.writable.getWriter();
    log('desired', w.desiredSize);
    for (const x of [1, 2, 3]) w.write(x).then(() => log('w', x, w.desiredSize));
    w.close();
    const out = [];
    for await (const v of ts.readable) out.push(v);
    log(out);
  }
  log('--- terminate and error');
  {
    const t1 = new TransformStream({ start(c) { c.enqueue('early'); c.terminate(); } });
    const w1 = t1.writable.getWriter();
    w1.closed.catch((e) => log('w1 closed', e.code, e.message));
    for await (const v of t1.readable) log('t1', v);
    const t2 = new TransformStream({ transform(chunk, c) { c.error(new Error('no ' + chunk)); } });
    const w2 = t2.writable.getWriter();
    const r2 = t2.readable.getReader();
    r2.read().catch((e) => log('r2', e.message));
    await w2.write('x').then(() => log('w2 ok'), (e) => log('w2 rej', e.message));
    const t3 = new TransformStream({ cancel(reason) { log('cancel', reason); } });
    await t3.readable.cancel('stop');
    await t3.writable.getWriter().write(1).catch((e) => log('t3 write', e));
    try { new TransformStream({ transform: 5 }); } catch (e) { log(e.code, e.message); }
    try { new TransformStream({}, 1); } catch (e) { log(e.code, e.message); }
  }
})();

'use strict';
// The order of start/pull/read/write callbacks and promise settlements
// against plain promise chains, compared with node 20.
const log = (...a) => console.log(...a);
(async () => {
  // 1. basic read ordering with microtasks
  {
    const rs = new ReadableStream({
      start(c) { log('start'); c.enqueue('a'); },
      pull(c) { log('pull', c.desiredSize); c.enqueue('p'); if (++this.n > 2) c.close(); },
      n: 0,
    });
    Promise.resolve().then(() => log('tick1')).then(() => log('tick2')).then(() => log('tick3'));
    const r = rs.getReader();
    r.read().then((x) => log('read1', x));
    r.read().then((x) => log('read2', x));
    r.read().then((x) => log('read3', x));
    r.read().then((x) => log('read4', x));
    r.read().then((x) => log('read5', x));
    r.closed.then(() => log('closed'));
    await new Promise((res) => setTimeout(res, 5));
  }
  log('--- iteration');
  {
    const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
    Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3')).then(() => log('t4')).then(() => log('t5'));
    for await (const x of rs) log('it', x);
    log('iter done');
    await new Promise((res) => setTimeout(res, 5));
  }
  log('--- writer');
  {
    const ws = new WritableStream({
      start() { log('wstart'); },
      write(c) { log('write', c); },
      close() { log('wclose'); },
    }, { highWaterMark: 2 });
    const w = ws.getWriter();
    log('ds', w.desiredSize);
    w.write('a').then(() => log('a done'));
    log('ds', w.desiredSize);
    w.write('b').then(() => log('b done'));
    log('ds', w.desiredSize);
    w.write('c').then(() => log('c done'));
    log('ds', w.desiredSize);
    w.ready.then(() => log('ready', w.desiredSize));
    w.close().then(() => log('close done'));
    w.closed.then(() => log('closed'));
    Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3')).then(() => log('t4'));
    await new Promise((res) => setTimeout(res, 5));
  }
  log('--- async sink');
  {
    const ws = new WritableStream({
      async write(c) { log('write', c); await null; log('wrote', c); },
      async close() { log('close'); },
    });
    const w = ws.getWriter();
    for (const x of [1, 2, 3]) { await w.ready; log('ready', x); w.write(x).then(() => log('done', x)); }
    await w.close();
    log('closed');
  }
})();

'use strict';
// Async iteration (break, preventCancel, errors, return()), concurrent
// next() calls, ReadableStream.from and tee cancel/error, against node 20.
const log = (...a) => console.log(...a);
const wait = (ms = 5) => new Promise((r) => setTimeout(r, ms));
const src = (n) => { let i = 0; return new ReadableStream({ pull(c) { if (i < n) c.enqueue(i++); else c.close(); }, cancel(r) { log('cancel', String(r)); } }); };
(async () => {
  log('--- break');
  { const rs = src(5); for await (const x of rs) { log(x); if (x === 1) break; } log(rs.locked, rs); }
  log('--- preventCancel');
  { const rs = src(5); for await (const x of rs.values({ preventCancel: true })) { log(x); if (x === 1) break; } log(rs.locked); for await (const x of rs) log('again', x); }
  log('--- throw inside');
  { const rs = src(5); try { for await (const x of rs) { if (x === 2) throw new Error('boom'); } } catch (e) { log(e.message, rs.locked); } }
  log('--- error stream');
  { const rs = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error('E')); } });
    try { for await (const x of rs) log(x); } catch (e) { log('caught', e.message, rs.locked); } }
  log('--- manual iterator');
  { const rs = src(2); const it = rs[Symbol.asyncIterator]();
    log(await it.next(), await it.next(), await it.next(), await it.next());
    log(await it.return('v'));
    const it2 = src(3).values(); log(await it2.return('r')); log(await it2.next());
    const p1 = it2.next(); log(await p1);
  }
  log('--- concurrent next');
  { const it = src(3).values(); const ps = [it.next(), it.next(), it.next(), it.next(), it.next()]; log(await Promise.all(ps)); }
  log('--- locked values');
  { const rs = src(1); rs.getReader(); try { rs.values(); } catch (e) { log(e.code, e.message); } }
  log('--- from');
  { const rs = ReadableStream.from([1, Promise.resolve(2), 3]); for await (const x of rs) log('from', x);
    async function* gen() { yield 'a'; await wait(1); yield 'b'; }
    for await (const x of ReadableStream.from(gen())) log('gen', x);
    const rs2 = ReadableStream.from((function* () { try { yield 1; yield 2; } finally { log('gen finally'); } })());
    for await (const x of rs2) { log('g2', x); break; }
    try { ReadableStream.from({}); } catch (e) { log(e.code, e.message); }
    try { ReadableStream.from({ [Symbol.iterator]() { return 5; } }); } catch (e) { log(e.code, e.message); }
    const bad = ReadableStream.from({ [Symbol.asyncIterator]() { return { next() { return 5; } }; } });
    try { for await (const x of bad) log(x); } catch (e) { log(e.code, e.message); }
    log(ReadableStream.from('ab'));
    for await (const x of ReadableStream.from('ab')) log('str', x);
  }
  log('--- tee cancel');
  { const rs = src(3); const [a, b] = rs.tee(); await a.cancel('r1'); log('a canceled'); const p = b.cancel('r2'); log(await p); }
  log('--- tee error');
  { let c; const rs = new ReadableStream({ start(x) { c = x; } }); const [a, b] = rs.tee(); const ra = a.getReader(); const rb = b.getReader();
    ra.read().catch((e) => log('ra', e)); rb.closed.catch((e) => log('rb closed', e)); c.error('oops'); await wait(); }
})();

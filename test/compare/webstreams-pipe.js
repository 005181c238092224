'use strict';
// pipeTo: preventClose/preventAbort/preventCancel, error propagation both
// ways, a closed destination, AbortSignal and back-pressure, against node 20.
const log = (...a) => console.log(...a);
const wait = (ms = 5) => new Promise((r) => setTimeout(r, ms));
const src = (n, extra = {}) => { let i = 0; return new ReadableStream({ pull(c) { if (i < n) c.enqueue(i++); else c.close(); }, cancel(r) { log('src cancel', String(r)); }, ...extra }); };
const sink = (name, extra = {}) => new WritableStream({ write(c) { log(name, 'write', c); }, close() { log(name, 'close'); }, abort(r) { log(name, 'abort', String(r)); }, ...extra });
(async () => {
  log('--- preventClose');
  { const ws = sink('a'); await src(2).pipeTo(ws, { preventClose: true }); log('locked', ws.locked); const w = ws.getWriter(); await w.write('more'); await w.close(); }
  log('--- source error forward');
  { const rs = new ReadableStream({ start(c) { c.enqueue(1); c.error(new Error('src bad')); } });
    try { await rs.pipeTo(sink('b')); } catch (e) { log('rej', e.message); } }
  log('--- source error preventAbort');
  { const rs = new ReadableStream({ start(c) { c.error(new Error('src bad')); } });
    const ws = sink('c');
    try { await rs.pipeTo(ws, { preventAbort: true }); } catch (e) { log('rej', e.message, ws.locked); } }
  log('--- dest error backward');
  { const ws = sink('d', { write(c) { log('d write', c); if (c === 1) throw new Error('dest bad'); } });
    try { await src(5).pipeTo(ws); } catch (e) { log('rej', e.message); } }
  log('--- dest error preventCancel');
  { const ws = sink('e', { write() { throw new Error('dest bad'); } });
    const rs = src(5);
    try { await rs.pipeTo(ws, { preventCancel: true }); } catch (e) { log('rej', e.message, rs.locked); } }
  log('--- dest closed');
  { const ws = sink('f'); const w = ws.getWriter(); await w.close(); w.releaseLock();
    try { await src(3).pipeTo(ws); } catch (e) { log('rej', e.name, e.code, e.message); } }
  log('--- signal abort');
  { const ac = new AbortController();
    let n = 0;
    const rs = new ReadableStream({ pull(c) { return wait(1).then(() => c.enqueue('x' + n++)); }, cancel(r) { log('cancel', r.name); } });
    const ws = sink('g', { write(c) { log('g write', c); if (c === 'x2') ac.abort(); }, abort(r) { log('g abort', r.name, r.message); } });
    const p = rs.pipeTo(ws, { signal: ac.signal });
    try { await p; } catch (e) { log('rej', e.name, e.message, e.code, e instanceof DOMException); } }
  log('--- signal already aborted');
  { const rs = src(3); const ws = sink('h');
    try { await rs.pipeTo(ws, { signal: AbortSignal.abort('reason!') }); } catch (e) { log('rej', e); }
    log(rs.locked, ws.locked); }
  log('--- signal abort preventAbort+preventCancel');
  { const ac = new AbortController(); ac.abort(new Error('custom'));
    const rs = src(3); const ws = sink('i');
    try { await rs.pipeTo(ws, { signal: ac.signal, preventAbort: true, preventCancel: true }); } catch (e) { log('rej', e.message); }
    log(rs.locked, ws.locked); }
  log('--- backpressure');
  { let pulls = 0;
    const rs = new ReadableStream({ pull(c) { pulls++; c.enqueue(pulls); if (pulls === 6) c.close(); } }, { highWaterMark: 0 });
    const ws = new WritableStream({ write(c) { log('bp write', c, 'pulls', pulls); return wait(1); } }, { highWaterMark: 2 });
    await rs.pipeTo(ws); log('pulls', pulls); }
})();

'use strict';
// Byte streams: BYOB reads with typed views, autoAllocateChunkSize,
// respond/respondWithNewView, byte tee and their errors, against node 20.
const log = (...a) => console.log(...a);
const wait = (ms = 5) => new Promise((r) => setTimeout(r, ms));
(async () => {
  log('--- byob basic');
  {
    let n = 0;
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        const req = c.byobRequest;
        log('pull', req && req.view.constructor.name, req && req.view.byteLength, c.desiredSize);
        if (n++ >= 3) { c.close(); if (req) req.respond(0); return; }
        if (req) { req.view[0] = n; req.view[1] = n; req.respond(2); }
        else c.enqueue(new Uint8Array([n, n, n]));
      },
    });
    const r = rs.getReader({ mode: 'byob' });
    let x = await r.read(new Uint8Array(8)); log(x);
    x = await r.read(new Uint16Array(4)); log(x);
    x = await r.read(new DataView(new ArrayBuffer(5))); log(x.value.constructor.name, x.value.byteLength, x.done);
    x = await r.read(new Uint8Array(4)); log(x);
    x = await r.read(new Uint8Array(4)); log(x);
    await wait();
  }
  log('--- autoAllocate default reader');
  {
    let n = 0;
    const rs = new ReadableStream({
      type: 'bytes', autoAllocateChunkSize: 4,
      pull(c) {
        const req = c.byobRequest;
        log('pull', req && req.view.byteLength);
        if (n++ === 2) { c.close(); req.respond(0); return; }
        req.view.set([1, 2, 3]); req.respond(3);
      },
    });
    for await (const v of rs) log('chunk', v);
  }
  log('--- enqueue then byob partial + remainder');
  {
    const rs = new ReadableStream({
      type: 'bytes',
      start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); },
    });
    const r = rs.getReader({ mode: 'byob' });
    log(await r.read(new Uint16Array(2)));
    log(await r.read(new Uint8Array(4)));
    log(await r.read(new Uint8Array(4)));
    log(await r.closed);
  }
  log('--- respondWithNewView');
  {
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        const v = c.byobRequest.view;
        const nv = new Uint8Array(v.buffer, v.byteOffset, 2);
        nv.set([9, 8]);
        c.byobRequest.respondWithNewView(nv);
        c.close();
      },
    });
    const r = rs.getReader({ mode: 'byob' });
    log(await r.read(new Uint8Array(5)));
    log(await r.read(new Uint8Array(5)));
  }
  log('--- byte tee');
  {
    const rs = new ReadableStream({
      type: 'bytes',
      start(c) { c.enqueue(new Uint8Array([1, 2])); c.enqueue(new Uint8Array([3])); c.close(); },
    });
    const [a, b] = rs.tee();
    log(a, b);
    const ra = a.getReader(); const rb = b.getReader({ mode: 'byob' });
    log(await ra.read(), await rb.read(new Uint8Array(1)));
    log(await ra.read(), await rb.read(new Uint8Array(4)));
    log(await ra.read(), await rb.read(new Uint8Array(4)));
    log(await rb.read(new Uint8Array(4)));
  }
  log('--- errors');
  {
    let ctl;
    const rs = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
    const r = rs.getReader({ mode: 'byob' });
    const p = r.read(new Uint8Array(4));
    await wait();
    const req = ctl.byobRequest;
    try { req.respond(10); } catch (e) { log(e.name, e.code, e.message); }
    try { req.respond(0); } catch (e) { log(e.name, e.code, e.message); }
    try { req.respondWithNewView(new Uint8Array(2)); } catch (e) { log(e.name, e.code, e.message); }
    req.respond(1);
    log(await p);
    try { req.respond(1); } catch (e) { log(e.name, e.code, e.message); }
    log(req.view);
    try { ctl.enqueue(new Uint8Array(0)); } catch (e) { log(e.name, e.code, e.message); }
    ctl.close();
    try { ctl.close(); } catch (e) { log(e.name, e.code, e.message); }
    try { ctl.enqueue(new Uint8Array(1)); } catch (e) { log(e.name, e.code, e.message); }
    log(await r.read(new Uint8Array(3)));
  }
  log('--- byob read errors');
  {
    const r = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
    for (const [v, o] of [[new Uint8Array(4), { min: 0 }], [new Uint8Array(4), { min: 5 }], [new Uint8Array(4), { min: 1.5 }], [new Uint8Array(4), { min: 'x' }], [new DataView(new ArrayBuffer(2)), { min: 3 }]]) {
      try { await r.read(v, o); } catch (e) { log(e.name, e.code, e.message); }
    }
    const buf = new Uint8Array(4);
    const p = r.read(buf);
    log('detached?', buf.byteLength, buf.buffer.byteLength);
    r.releaseLock();
    try { await p; } catch (e) { log(e.name, e.code, e.message); }
  }
  log('--- closed with pending byob');
  {
    let ctl;
    const rs = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
    const r = rs.getReader({ mode: 'byob' });
    const p = r.read(new Uint8Array(4));
    await wait();
    ctl.close();
    ctl.byobRequest.respond(0);
    log(await p);
  }
  log('--- cancel byob');
  {
    const rs = new ReadableStream({ type: 'bytes', cancel(r) { log('cancel', r); } });
    const r = rs.getReader({ mode: 'byob' });
    const p = r.read(new Uint8Array(4));
    await r.cancel('because');
    log(await p);
  }
})();

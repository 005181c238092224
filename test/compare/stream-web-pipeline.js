'use strict';
// pipeline() with WHATWG streams mixed with node streams, generators and
// functions: the order of pulls, writes, closes and the callback; errors
// from every side (what gets aborted or cancelled); abort signals; and the
// argument errors.
const { pipeline, Readable, Writable, Transform } = require('stream');
const sp = require('stream/promises');
const log = (...a) => console.log(...a);
const tests = [];
const t = (name, fn) => tests.push([name, fn]);
function src(items, name = 'rs') {
  let i = 0;
  return new ReadableStream({
    pull(c) { if (i < items.length) { log(name, 'pull', items[i]); c.enqueue(items[i++]); } else { log(name, 'close'); c.close(); } },
    cancel(r) { log(name, 'cancel', r && (r.code || r.message || r)); },
  });
}
function sink(name = 'ws', opts = {}) {
  return new WritableStream({
    write(c) { log(name, 'write', typeof c === 'object' ? Buffer.from(c).toString() : c); if (opts.failOn === c) throw new Error('sink fail'); },
    close() { log(name, 'close'); },
    abort(r) { log(name, 'abort', r && (r.code || r.message || r)); },
  });
}
function upper() { return new TransformStream({ transform(c, ctl) { log('ts transform', String(c)); ctl.enqueue(String(c).toUpperCase()); } }); }
const cb = (done) => (err, val) => { log('cb', err ? `${err.name} ${err.code} ${err.message}` : err, val); done(); };

t('web-web-web', (done) => { const r = pipeline(src(['a', 'b']), upper(), sink(), cb(done)); log('ret', r.constructor.name); });
t('web-node-web', (done) => {
  const r = pipeline(src(['a', 'b']), new Transform({ transform(c, e, cb) { log('node transform', String(c)); cb(null, String(c) + '!'); } }), sink(), cb(done));
  log('ret', r.constructor.name);
});
t('node-web-node', (done) => {
  const out = [];
  const r = pipeline(Readable.from(['x', 'y']), upper(), new Writable({ objectMode: true, write(c, e, cb) { log('node write', c); cb(); }, final(cb) { log('final'); cb(); } }), cb(done));
  log('ret', r.constructor.name);
});
t('web-gen-web', (done) => {
  pipeline(src(['a', 'b']), async function*(s) { for await (const c of s) { log('gen', c); yield c + c; } }, sink(), cb(done));
});
t('web-fn-end', (done) => {
  const r = pipeline(src(['a', 'b']), async function(s) { let acc = ''; for await (const c of s) acc += c; return acc; }, cb(done));
  log('ret', r.constructor.name);
});
t('ts-first', (done) => {
  const ts = upper();
  const w = ts.writable.getWriter(); w.write('q'); w.close();
  pipeline(ts, sink(), cb(done));
});
t('node-web', (done) => { pipeline(Readable.from(['1', '2']), sink(), cb(done)); });
t('iter-web', (done) => { pipeline(['1', '2'], sink(), cb(done)); });
t('web-node', (done) => {
  pipeline(src(['1', '2']), new Writable({ write(c, e, cb) { log('node write', String(c)); cb(); } }), cb(done));
});
t('src-error', (done) => {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.error(new Error('src boom')); } });
  pipeline(rs, upper(), sink(), cb(done));
});
t('sink-error', (done) => { pipeline(src(['a', 'b', 'c']), sink('ws', { failOn: 'b' }), cb(done)); });
t('sink-error-node-src', (done) => { const r = Readable.from(['a', 'b', 'c']); r.on('close', () => log('r close', r.destroyed)); pipeline(r, sink('ws', { failOn: 'b' }), cb(done)); });
t('ts-error', (done) => {
  const ts = new TransformStream({ transform(c) { throw new Error('ts boom'); } });
  pipeline(src(['a']), ts, sink(), cb(done));
});
t('node-error-into-web', (done) => {
  const r = new Readable({ read() { this.destroy(new Error('node boom')); } });
  pipeline(r, sink(), cb(done));
});
t('node-transform-error', (done) => {
  pipeline(src(['a', 'b']), new Transform({ transform(c, e, cb) { cb(new Error('nt boom')); } }), sink(), cb(done));
});
t('fn-returns-rs', (done) => {
  const r = pipeline(src(['a']), async function*(s) { for await (const c of s) yield c; }, (s) => ReadableStream.from(s), cb(done));
  log('ret', r.constructor.name);
  r.on('data', (d) => log('data', d));
});
t('end-false', (done) => {
  const ws = sink();
  require('stream/promises').pipeline(src(['a']), ws, { end: false }).then(() => { log('resolved', ws.locked); done(); }, (e) => { log('rej', e.message); done(); });
});
t('rs-locked', (done) => {
  const rs = src(['a']); rs.getReader();
  try { pipeline(rs, sink(), cb(done)); } catch (e) { log('throw', e.code, e.message); done(); }
});
t('signal-pre-aborted', (done) => {
  sp.pipeline(src(['m']), sink(), { signal: AbortSignal.abort() })
    .then(() => log('resolved'), (e) => { log('rejected', e.name); done(); });
});
t('signal-node-dest', (done) => {
  const ac = new AbortController();
  const w = new Writable({ write(c, e, cb) { log('w', String(c)); if (String(c) === 'b') ac.abort(); cb(); } });
  w.on('close', () => log('w close'));
  sp.pipeline(src(['a', 'b', 'c', 'd']), w, { signal: ac.signal })
    .then(() => log('resolved'), (e) => { log('rejected', e.name); done(); });
});
t('signal-web-dest', (done) => {
  // Web pieces are not torn down by the signal: the data still goes through
  // and the rejection comes once it has.
  const ac = new AbortController();
  sp.pipeline(src(['a', 'b', 'c']), new WritableStream({
    write(c) { log('ws write', c); if (c === 'a') ac.abort(); },
    close() { log('ws close'); },
  }), { signal: ac.signal }).then(() => log('resolved'), (e) => { log('rejected', e.name); done(); });
});
t('argument-errors', (done) => {
  process.on('unhandledRejection', (e) => log('unhandled', e.name, e.message));
  const attempt = (name, fn) => {
    try {
      const r = fn();
      log(name, 'returned', r && r.constructor.name);
    } catch (e) {
      log(name, 'threw', e.name, e.code, e.message);
    }
  };
  attempt('ws first', () => pipeline(new WritableStream(), new WritableStream(), (e) => log('cb ws first', e)));
  attempt('rs into rs', () => pipeline(ReadableStream.from(['a']), new ReadableStream(), (e) => log('cb rs into rs', e)));
  attempt('after a ws', () => pipeline(ReadableStream.from(['a']), new WritableStream(), new TransformStream(), () => {}));
  attempt('bad destination', () => pipeline(ReadableStream.from(['a']), () => 42, () => {}));
  attempt('locked ws', () => { const ws = new WritableStream(); ws.getWriter(); return pipeline(Readable.from(['a']), ws, (e) => log('cb locked ws', e)); });
  setTimeout(done, 20);
});

(async () => {
  for (const [name, fn] of tests) {
    log('---', name);
    await new Promise((res) => { fn(res); });
    await new Promise((res) => setTimeout(res, 30));
  }
})();

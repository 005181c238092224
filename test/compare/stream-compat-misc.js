'use strict';
// Old-style subclassing (util.inherits + Readable.call), the legacy Stream
// base and its pipe, _construct timing, Duplex.from, compose, wrap,
// addAbortSignal, stream.destroy, and the error codes of misuse.
const stream = require('stream');
const util = require('util');
const { Readable, Writable, Duplex, Transform, PassThrough } = stream;

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }
function describe(err) {
  if (!err) return String(err);
  return `${err.name} ${err.code || ''} ${err.message}`.trim();
}

scenario('util.inherits readable and transform', (log, done) => {
  function Counter(opts) {
    if (!(this instanceof Counter)) return new Counter(opts);
    Readable.call(this, opts);
    this.n = 0;
  }
  util.inherits(Counter, Readable);
  Counter.prototype._read = function() {
    this.n++;
    this.push(this.n <= 3 ? String(this.n) : null);
  };
  function Upper(opts) { Transform.call(this, opts); }
  util.inherits(Upper, Transform);
  Upper.prototype._transform = function(chunk, enc, cb) {
    cb(null, `<${chunk}>`);
  };
  const out = [];
  const c = Counter();
  log.push(`instanceof ${c instanceof Readable} ${c instanceof stream.Stream} ${new Upper() instanceof Writable}`);
  c.pipe(new Upper()).on('data', (d) => out.push(String(d))).on('end', () => {
    log.push(out.join(''));
    done();
  });
});

scenario('legacy Stream pipe', (log, done) => {
  function Legacy() { stream.Stream.call(this); this.readable = true; }
  util.inherits(Legacy, stream.Stream);
  const src = new Legacy();
  const dest = new PassThrough();
  dest.on('pipe', () => log.push('dest pipe'));
  dest.on('data', (d) => log.push(`dest data ${d}`));
  dest.on('finish', () => { log.push('dest finish'); done(); });
  const ret = src.pipe(dest);
  log.push(`returns dest ${ret === dest} isStream ${stream.Stream === stream}`);
  src.emit('data', 'one');
  src.emit('data', 'two');
  src.emit('end');
});

scenario('construct timing', (log, done) => {
  const w = new Writable({
    construct(cb) { log.push('_construct'); setTimeout(() => { log.push('constructed'); cb(); }, 2); },
    write(chunk, enc, cb) { log.push(`_write ${chunk}`); cb(); },
  });
  w.write('early');
  log.push('wrote before construct');
  w.end();
  w.on('finish', () => log.push('finish'));
  const r = new Readable({
    construct(cb) { log.push('_construct r'); process.nextTick(cb); },
    read() { log.push('_read'); this.push(null); },
  });
  r.resume();
  r.on('end', () => log.push('r end'));
  w.on('close', () => setTimeout(done, 3));
});

scenario('construct error', (log, done) => {
  const w = new Writable({
    construct(cb) { cb(new Error('cannot construct')); },
    write(chunk, enc, cb) { cb(); },
  });
  w.on('error', (e) => log.push(`error ${e.message}`));
  w.on('close', () => { log.push('close'); done(); });
});

scenario('destroy during construct', (log, done) => {
  const r = new Readable({
    construct(cb) { setTimeout(() => { log.push('construct done'); cb(); }, 2); },
    read() {},
    destroy(err, cb) { log.push(`_destroy ${describe(err)}`); cb(err); },
  });
  r.destroy(new Error('early'), (err) => log.push(`destroy cb ${describe(err)}`));
  r.on('error', (e) => log.push(`error ${e.message}`));
  r.on('close', () => { log.push('close'); done(); });
});

scenario('Duplex.from', async (log, done) => {
  const d1 = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  d1.on('data', (d) => log.push(`gen out ${d}`));
  d1.write('abc');
  d1.end('def');
  await new Promise((r) => d1.on('end', r));
  const d2 = Duplex.from(['p', 'q']);
  log.push(`iterable -> ${JSON.stringify(await d2.toArray())} writable=${d2.writable}`);
  const d3 = Duplex.from(Promise.resolve('val'));
  log.push(`promise -> ${JSON.stringify(await d3.toArray())}`);
  const pt = new PassThrough();
  log.push(`duplex itself ${Duplex.from(pt) === pt}`);
  const r = Readable.from(['x']);
  const d4 = Duplex.from(r);
  log.push(`readable wrapped writable=${d4.writable} readable=${d4.readable}`);
  const d5 = Duplex.from({ readable: Readable.from(['pair']), writable: new PassThrough() });
  log.push(`pair -> ${JSON.stringify((await d5.toArray()).map(String))}`);
  try { Duplex.from(5); } catch (e) { log.push(describe(e)); }
  done();
});

scenario('compose', async (log, done) => {
  const c = stream.compose(
    new Transform({ transform(chunk, enc, cb) { cb(null, `${chunk}1`); } }),
    async function* (source) { for await (const x of source) yield `${x}2`; },
    new Transform({ transform(chunk, enc, cb) { cb(null, `${chunk}3`); } }));
  c.end('v');
  const out = [];
  for await (const x of c) out.push(String(x));
  log.push(`composed ${out.join(',')}`);
  const d = Readable.from(['a', 'b']).compose(async function* (src) {
    for await (const x of src) yield x + x;
  });
  log.push(`Readable#compose ${JSON.stringify(await d.toArray())}`);
  done();
});

scenario('wrap', (log, done) => {
  const EE = require('events');
  const old = new EE();
  old.pause = () => log.push('old paused');
  old.resume = () => log.push('old resumed');
  const r = new Readable({ highWaterMark: 2 }).wrap(old);
  old.emit('data', Buffer.from('abc'));
  old.emit('end');
  r.on('data', (d) => log.push(`wrapped data ${d}`));
  r.on('end', () => { log.push('wrapped end'); done(); });
});

scenario('addAbortSignal', (log, done) => {
  const ac = new AbortController();
  const r = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (e) => log.push(`error ${describe(e)} cause=${e.cause === ac.signal.reason}`));
  r.on('close', () => {
    try { stream.addAbortSignal('x', r); } catch (e) { log.push(describe(e)); }
    try { stream.addAbortSignal(ac.signal, {}); } catch (e) { log.push(describe(e)); }
    done();
  });
  ac.abort();
});

scenario('stream.destroy and predicates', (log, done) => {
  const r = new Readable({ read() {} });
  log.push(`readable=${stream.isReadable(r)} disturbed=${stream.isDisturbed(r)} errored=${stream.isErrored(r)}`);
  r.on('error', () => {});
  stream.destroy(r, new Error('x'));
  process.nextTick(() => {
    log.push(`readable=${stream.isReadable(r)} disturbed=${stream.isDisturbed(r)} errored=${stream.isErrored(r)} destroyed=${stream.isDestroyed(r)}`);
    log.push(`non-stream ${stream.isReadable({})} ${stream.isErrored(null)}`);
    done();
  });
});

scenario('misuse codes', (log, done) => {
  const r = new Readable();
  r.on('error', (e) => log.push(`readable no _read: ${e.code} ${e.message}`));
  r.read();
  const w = new Writable();
  try { w.write('x'); } catch (e) { log.push(`writable no _write: ${e.code} ${e.message}`); }
  const w2 = new Writable({ write(chunk, enc, cb) { cb(); cb(); } });
  w2.on('error', (e) => log.push(`double cb: ${e.code} ${e.message}`));
  w2.write('x');
  const w3 = new Writable({ write(chunk, enc, cb) { cb(); } });
  try { w3.write(null); } catch (e) { log.push(`${e.code} ${e.message}`); }
  try { w3.write(5); } catch (e) { log.push(`${e.code}`); }
  try { w3.write('x', 'nope'); } catch (e) { log.push(`${e.code} ${e.message}`); }
  try { w3.setDefaultEncoding('nope'); } catch (e) { log.push(`${e.code}`); }
  w3.end();
  w3.end((err) => log.push(`second end cb: ${describe(err)}`));
  const w4 = new Writable({ write(chunk, enc, cb) { cb(); } });
  w4.on('error', (e) => log.push(`pipe from writable: ${e.code} ${e.message}`));
  w4.pipe(new PassThrough());
  w3.on('close', () => {
    w3.end((err) => log.push(`end after close: ${describe(err)}`));
    const d = new Writable({ write(chunk, enc, cb) { cb(); } });
    d.destroy();
    d.write('x', (err) => log.push(`write after destroy: ${describe(err)}`));
    d.on('error', (err) => log.push(`destroyed write error event ${err.code}`));
    setTimeout(done, 3);
  });
});

scenario('module shape', (log, done) => {
  log.push(Object.keys(stream).join(','));
  log.push(`hwm ${stream.getDefaultHighWaterMark(false)} ${stream.getDefaultHighWaterMark(true)}`);
  stream.setDefaultHighWaterMark(false, 100);
  log.push(`new default ${new Readable().readableHighWaterMark}`);
  stream.setDefaultHighWaterMark(false, 16384);
  try { stream.setDefaultHighWaterMark(false, -1); } catch (e) { log.push(e.code); }
  log.push(`promisify ${util.promisify(stream.pipeline) === stream.promises.pipeline} ${require('stream/promises') === stream.promises}`);
  log.push(`duplex instanceof Writable ${new Duplex() instanceof Writable} ${new Readable() instanceof Writable}`);
  done();
});

(async () => {
  for (const [name, fn] of scenarios) {
    const log = [];
    await new Promise((resolve) => fn(log, resolve));
    await new Promise((resolve) => setTimeout(resolve, 2));
    console.log(`${name}:\n  ${log.join('\n  ')}`);
  }
})();

'use strict';
// Less common sequences: 'readable' and 'data' listeners together, 'data'
// added after 'end', writev errors, a Transform subclass overriding _final,
// finished() on a legacy stream, Symbol.asyncDispose, asynchronous
// _destroy, readableHighWaterMark 0 transforms and throwing listeners.
const { Readable, Writable, Transform, Duplex, PassThrough, finished } = require('stream');
const EE = require('events');

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }
function describe(err) {
  if (!err) return String(err);
  return `${err.name} ${err.code || ''} ${err.message}`.trim();
}

scenario('readable and data together', (log, done) => {
  const r = new Readable({ read() {} });
  r.on('data', (d) => log.push(`data ${d}`));
  r.on('readable', () => {
    log.push(`readable flowing=${r.readableFlowing}`);
    let c;
    while ((c = r.read()) !== null) log.push(`read ${c}`);
  });
  r.push('a');
  r.push('b');
  r.push(null);
  r.on('end', () => { log.push('end'); done(); });
});

scenario('data listener after end', (log, done) => {
  const r = new Readable({ read() {} });
  r.push(null);
  r.resume();
  r.on('end', () => {
    log.push('end');
    r.on('data', () => log.push('late data'));
    setTimeout(() => { log.push(`flowing=${r.readableFlowing}`); done(); }, 2);
  });
});

scenario('writev error', (log, done) => {
  const w = new Writable({
    write(chunk, enc, cb) { log.push(`_write ${chunk}`); setTimeout(cb, 1); },
    writev(chunks, cb) { log.push(`_writev ${chunks.length}`); cb(new Error('writev failed')); },
  });
  w.write('a', (err) => log.push(`cb a ${describe(err)}`));
  w.write('b', (err) => log.push(`cb b ${describe(err)}`));
  w.write('c', (err) => log.push(`cb c ${describe(err)}`));
  w.on('error', (err) => log.push(`error ${err.message}`));
  w.on('close', () => { log.push('close'); done(); });
});

scenario('transform subclass with own _final', (log, done) => {
  class T extends Transform {
    _transform(chunk, enc, cb) { cb(null, chunk); }
    _flush(cb) { log.push('_flush'); cb(null, 'F'); }
    _final(cb) { log.push('own _final'); cb(); }
  }
  const t = new T();
  t.on('data', (d) => log.push(`data ${d}`));
  t.on('prefinish', () => log.push('prefinish'));
  t.on('end', () => log.push('end'));
  t.on('finish', () => log.push('finish'));
  t.on('close', () => { log.push('close'); done(); });
  t.end('x');
});

scenario('finished on legacy emitter stream', (log, done) => {
  const legacy = new EE();
  legacy.writable = true;
  legacy.write = () => true;
  legacy.pipe = () => {};
  finished(legacy, (err) => { log.push(`finished ${describe(err)}`); done(); });
  legacy.writable = false;
  legacy.emit('end');
});

scenario('async dispose', (log, done) => {
  const sym = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');
  const r = new Readable({ read() {} });
  r.on('error', (e) => log.push(`error ${describe(e)}`));
  r[sym]().then((v) => {
    log.push(`disposed ${v} destroyed=${r.destroyed}`);
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on('error', (e) => log.push(`w error ${describe(e)}`));
    return w[sym]();
  }).then((v) => { log.push(`w disposed ${v}`); done(); }, (e) => { log.push(`rejected ${describe(e)}`); done(); });
});

scenario('async _destroy', (log, done) => {
  const r = new Readable({
    read() {},
    destroy(err, cb) { log.push('_destroy'); setTimeout(() => { log.push('_destroy done'); cb(err); }, 2); },
  });
  r.on('close', () => { log.push(`close closed=${r.closed}`); done(); });
  r.destroy(null, () => log.push('destroy cb'));
  log.push(`destroyed=${r.destroyed} closed=${r.closed}`);
});

scenario('readableHighWaterMark 0 transform', (log, done) => {
  const t = new Transform({
    readableHighWaterMark: 0,
    transform(chunk, enc, cb) { cb(null, chunk); },
  });
  log.push(`r=${t.readableHighWaterMark} w=${t.writableHighWaterMark}`);
  t.on('data', (d) => log.push(`data ${d}`));
  t.write('a');
  t.end('b');
  t.on('end', () => { log.push('end'); done(); });
});

scenario('throwing data listener', (log, done) => {
  const r = new Readable({ read() {} });
  r.on('data', () => { throw new Error('listener threw'); });
  r.push('x');
  try {
    r.read();
  } catch (e) {
    log.push(`caught ${e.message}`);
  }
  process.nextTick(() => { log.push(`state flowing=${r.readableFlowing} len=${r.readableLength}`); done(); });
});

scenario('duplex destroy with pending writes', (log, done) => {
  const d = new Duplex({ read() {}, write(c, e, cb) { setTimeout(cb, 5); } });
  d.write('1', (err) => log.push(`cb1 ${describe(err)}`));
  d.write('2', (err) => log.push(`cb2 ${describe(err)}`));
  d.on('close', () => { log.push('close'); setTimeout(done, 10); });
  d.destroy();
});

scenario('pipe into passthrough chain with unshift', (log, done) => {
  const r = new Readable({ read() {} });
  const p = new PassThrough();
  r.pipe(p);
  p.once('data', (d) => {
    log.push(`first ${d}`);
    p.pause();
    p.unshift(Buffer.from('U'));
    setTimeout(() => {
      p.on('data', (x) => log.push(`next ${x}`));
      p.resume();
    }, 1);
  });
  p.on('end', () => { log.push('end'); done(); });
  r.push('a');
  setTimeout(() => { r.push('b'); r.push(null); }, 3);
});

scenario('write inside data handler of same duplex', (log, done) => {
  const p = new PassThrough({ objectMode: true });
  let n = 0;
  p.on('data', (d) => {
    log.push(`data ${d}`);
    if (++n < 3) p.write(d + 1);
    else p.end();
  });
  p.on('end', () => { log.push('end'); done(); });
  p.write(0);
});

(async () => {
  for (const [name, fn] of scenarios) {
    const log = [];
    await new Promise((resolve) => fn(log, resolve));
    await new Promise((resolve) => setTimeout(resolve, 2));
    console.log(`${name}:\n  ${log.join('\n  ')}`);
  }
})();

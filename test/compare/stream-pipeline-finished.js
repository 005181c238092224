'use strict';
// pipeline() with streams, generators and async functions; its errors and
// abort signal; finished() with its options; stream/promises.
const {
  Readable, Writable, Transform, PassThrough, pipeline, finished,
} = require('stream');
const sp = require('stream/promises');

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }

function sink(log, name = 'sink') {
  return new Writable({
    objectMode: true,
    write(chunk, enc, cb) { log.push(`${name} ${chunk}`); cb(); },
  });
}

function describe(err) {
  if (!err) return String(err);
  return `${err.name} ${err.code || ''} ${err.message}`.trim();
}

scenario('streams', (log, done) => {
  const src = Readable.from(['a', 'b', 'c']);
  const up = new Transform({
    objectMode: true,
    transform(chunk, enc, cb) { cb(null, chunk.toUpperCase()); },
  });
  const dst = sink(log);
  const ret = pipeline(src, up, dst, (err) => {
    log.push(`cb ${describe(err)} destroyed=${src.destroyed},${up.destroyed},${dst.destroyed}`);
    done();
  });
  log.push(`returns last ${ret === dst}`);
});

scenario('generator transforms and async sink', (log, done) => {
  pipeline(
    function* () { yield 1; yield 2; yield 3; },
    async function* (source) { for await (const x of source) yield x * 10; },
    async function(source) {
      let sum = 0;
      for await (const x of source) sum += x;
      return sum;
    },
    (err, value) => { log.push(`cb ${describe(err)} value=${value}`); done(); });
});

scenario('error in middle', (log, done) => {
  const src = new Readable({ read() {} });
  const bad = new Transform({
    transform(chunk, enc, cb) { cb(new Error('transform broke')); },
  });
  const dst = new PassThrough();
  pipeline(src, bad, dst, (err) => {
    log.push(`cb ${describe(err)} destroyed=${src.destroyed},${bad.destroyed},${dst.destroyed}`);
    done();
  });
  src.push('x');
});

scenario('source destroyed early', (log, done) => {
  const src = new Readable({ read() {} });
  const dst = new PassThrough();
  pipeline(src, dst, (err) => { log.push(`cb ${describe(err)}`); done(); });
  src.push('x');
  setTimeout(() => src.destroy(), 1);
});

scenario('options object is not a stream', (log, done) => {
  try {
    pipeline(new PassThrough(), new PassThrough(), { signal: null }, () => {});
  } catch (e) {
    log.push(describe(e));
  }
  done();
});

scenario('destination destroyed', (log, done) => {
  const src = new Readable({ read() {} });
  const dst = new PassThrough();
  pipeline(src, dst, (err) => {
    log.push(`cb ${describe(err)} src destroyed=${src.destroyed}`);
    done();
  });
  setTimeout(() => dst.destroy(new Error('dst gone')), 1);
});

scenario('promise pipeline with signal', (log, done) => {
  const ac = new AbortController();
  const src = new Readable({ read() {} });
  sp.pipeline(src, new PassThrough(), { signal: ac.signal }).then(
    () => log.push('resolved'),
    (err) => log.push(`rejected ${describe(err)}`)).then(done);
  ac.abort();
});

scenario('promise pipeline value', (log, done) => {
  sp.pipeline(Readable.from(['x', 'y']), async function(source) {
    const all = [];
    for await (const c of source) all.push(c);
    return all.join('+');
  }).then((v) => { log.push(`value ${v}`); done(); });
});

scenario('missing args', (log, done) => {
  try {
    pipeline(new PassThrough(), () => {});
  } catch (e) {
    log.push(describe(e));
  }
  try {
    pipeline(new PassThrough(), new PassThrough());
  } catch (e) {
    log.push(describe(e));
  }
  done();
});

scenario('finished readable', (log, done) => {
  const r = Readable.from(['a']);
  finished(r, (err) => { log.push(`finished ${describe(err)} ended=${r.readableEnded}`); done(); });
  r.resume();
});

scenario('finished premature close', (log, done) => {
  const r = new Readable({ read() {} });
  finished(r, (err) => { log.push(`finished ${describe(err)}`); done(); });
  r.destroy();
});

scenario('finished writable error option', (log, done) => {
  const w = new Writable({ write(c, e, cb) { cb(new Error('nope')); } });
  w.on('error', () => log.push('error listener'));
  finished(w, { error: false }, (err) => { log.push(`finished ${describe(err)}`); done(); });
  w.write('x');
});

scenario('finished readable:false on duplex', (log, done) => {
  const p = new PassThrough();
  finished(p, { readable: false }, (err) => {
    log.push(`writable side done ${describe(err)} readableEnded=${p.readableEnded}`);
    done();
  });
  p.end('x');
});

scenario('finished already finished', (log, done) => {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('finish', () => {
    finished(w, (err) => { log.push(`late finished ${describe(err)}`); done(); });
  });
});

scenario('finished promise and cleanup', (log, done) => {
  const p = new PassThrough();
  const before = p.listenerCount('end');
  sp.finished(p, { cleanup: true }).then(() => {
    log.push(`resolved listeners back=${p.listenerCount('end') === before}`);
    done();
  });
  p.resume();
  p.end();
});

scenario('eos cleanup function', (log, done) => {
  const p = new PassThrough();
  const cleanup = finished(p, () => log.push('should not run'));
  cleanup();
  p.destroy();
  setTimeout(() => { log.push('cleaned'); done(); }, 2);
});

(async () => {
  for (const [name, fn] of scenarios) {
    const log = [];
    await new Promise((resolve) => fn(log, resolve));
    await new Promise((resolve) => setTimeout(resolve, 2));
    console.log(`${name}:\n  ${log.join('\n  ')}`);
  }
})();

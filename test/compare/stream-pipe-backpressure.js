'use strict';
// pipe(): data moves with back-pressure (pause on write() === false, resume
// on 'drain'), 'pipe'/'unpipe' events, ending the destination, unpipe(),
// several destinations, errors on the destination.
const { Readable, Writable, PassThrough } = require('stream');

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }

scenario('back-pressure', (log, done) => {
  let i = 0;
  const r = new Readable({
    highWaterMark: 4,
    read() {
      i++;
      log.push(`_read ${i}`);
      this.push(i <= 5 ? `c${i}` : null);
    },
  });
  const w = new Writable({
    highWaterMark: 4,
    write(chunk, enc, cb) { log.push(`_write ${chunk}`); setTimeout(cb, 1); },
  });
  r.on('pause', () => log.push('r:pause'));
  r.on('resume', () => log.push('r:resume'));
  r.on('end', () => log.push('r:end'));
  w.on('pipe', (src) => log.push(`w:pipe ${src === r}`));
  w.on('unpipe', (src) => log.push(`w:unpipe ${src === r}`));
  w.on('drain', () => log.push('w:drain'));
  w.on('finish', () => log.push('w:finish'));
  w.on('close', () => { log.push('w:close'); done(); });
  r.pipe(w);
});

scenario('unpipe stops data', (log, done) => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(chunk, enc, cb) { log.push(`_write ${chunk}`); cb(); } });
  w.on('unpipe', () => log.push('w:unpipe'));
  r.pipe(w);
  r.push('a');
  setTimeout(() => {
    r.unpipe(w);
    log.push(`flowing=${r.readableFlowing} pipes=${r._readableState.pipes.length}`);
    r.push('b');
    setTimeout(() => { log.push(`buffered=${r.readableLength}`); done(); }, 2);
  }, 2);
});

scenario('two destinations', (log, done) => {
  const r = new Readable({ read() {} });
  const slow = new Writable({
    highWaterMark: 1,
    write(chunk, enc, cb) { log.push(`slow ${chunk}`); setTimeout(cb, 3); },
  });
  const fast = new Writable({ write(chunk, enc, cb) { log.push(`fast ${chunk}`); cb(); } });
  r.pipe(slow);
  r.pipe(fast);
  r.push('1');
  r.push('2');
  r.push('3');
  r.push(null);
  let closed = 0;
  const onclose = () => { if (++closed === 2) done(); };
  slow.on('close', onclose);
  fast.on('close', onclose);
});

scenario('end false', (log, done) => {
  const r = new Readable({ read() {} });
  const w = new PassThrough();
  r.pipe(w, { end: false });
  w.on('data', (d) => log.push(`data ${d}`));
  r.push('x');
  r.push(null);
  r.on('end', () => {
    setTimeout(() => { log.push(`w ended=${w.writableEnded}`); done(); }, 2);
  });
});

scenario('destination error unpipes', (log, done) => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(chunk, enc, cb) { cb(new Error('dest failed')); } });
  w.on('unpipe', () => log.push('w:unpipe'));
  w.on('error', (e) => log.push(`w:error ${e.message}`));
  w.on('close', () => {
    log.push(`w:close pipes=${r._readableState.pipes.length} flowing=${r.readableFlowing}`);
    done();
  });
  r.pipe(w);
  r.push('x');
});

scenario('pipe after end', (log, done) => {
  const r = new Readable({ read() {} });
  r.push('a');
  r.push(null);
  r.resume();
  r.on('end', () => {
    const w = new Writable({ write(chunk, enc, cb) { cb(); } });
    w.on('finish', () => { log.push('late w:finish'); done(); });
    r.pipe(w);
  });
});

(async () => {
  for (const [name, fn] of scenarios) {
    const log = [];
    await new Promise((resolve) => fn(log, resolve));
    await new Promise((resolve) => setTimeout(resolve, 2));
    console.log(`${name}:\n  ${log.join('\n  ')}`);
  }
})();

'use strict';
// Event order of a Readable in common sequences: synchronous push then end,
// asynchronous _read, 'readable' paused mode, destroy during flow, errors.
const { Readable } = require('stream');

// 'readable' is not traced: listening to it switches the stream to paused mode.
const events = ['data', 'end', 'close', 'error', 'pause', 'resume'];
function trace(name, stream, log) {
  for (const ev of events) {
    stream.on(ev, (arg) => {
      let extra = '';
      if (ev === 'data') extra = ` ${JSON.stringify(String(arg))}`;
      if (ev === 'error') extra = ` ${arg.code || arg.message}`;
      log.push(`${name}:${ev}${extra}`);
    });
  }
}

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }

scenario('push then end (flowing)', (log, done) => {
  const r = new Readable({ read() {} });
  trace('r', r, log);
  r.push('a');
  r.push('b');
  r.push(null);
  log.push('sync done');
  r.on('close', done);
});

scenario('async _read', (log, done) => {
  let n = 0;
  const r = new Readable({
    read() {
      setTimeout(() => { n++; this.push(n <= 3 ? `c${n}` : null); }, 1);
    },
  });
  trace('r', r, log);
  r.on('close', done);
});

scenario('sync _read pushes within read()', (log, done) => {
  let n = 0;
  const r = new Readable({
    highWaterMark: 2,
    read() {
      n++;
      log.push(`_read ${n}`);
      this.push(n <= 3 ? `x${n}` : null);
    },
  });
  trace('r', r, log);
  r.on('close', done);
});

scenario('readable event consumption', (log, done) => {
  const r = new Readable({ read() {} });
  r.on('readable', () => {
    let chunk;
    while ((chunk = r.read()) !== null) log.push(`read ${JSON.stringify(String(chunk))}`);
    log.push('read null');
  });
  r.on('end', () => log.push('end'));
  r.on('close', () => { log.push('close'); done(); });
  r.push('one');
  setTimeout(() => { r.push('two'); r.push('three'); r.push(null); }, 1);
});

scenario('destroy during flow', (log, done) => {
  const r = new Readable({ read() {} });
  trace('r', r, log);
  r.on('data', (d) => { if (String(d) === 'b') r.destroy(); });
  r.push('a');
  r.push('b');
  r.push('c');
  r.on('close', () => { log.push(`destroyed=${r.destroyed} aborted=${r.readableAborted}`); done(); });
});

scenario('destroy with error', (log, done) => {
  const r = new Readable({ read() {} });
  trace('r', r, log);
  r.destroy(new Error('boom'));
  log.push(`errored=${r.errored && r.errored.message} destroyed=${r.destroyed}`);
  r.on('close', done);
});

scenario('error from _read throw', (log, done) => {
  const r = new Readable({ read() { throw new Error('read failed'); } });
  trace('r', r, log);
  r.on('close', done);
});

scenario('push after EOF', (log, done) => {
  const r = new Readable({ read() {} });
  trace('r', r, log);
  r.push(null);
  r.push('late');
  r.on('close', done);
});

scenario('pause and resume', (log, done) => {
  const r = new Readable({ read() {} });
  trace('r', r, log);
  r.push('a');
  r.pause();
  log.push(`isPaused=${r.isPaused()} flowing=${r.readableFlowing}`);
  setTimeout(() => {
    r.resume();
    r.push('b');
    r.push(null);
  }, 1);
  r.on('close', done);
});

scenario('autoDestroy false', (log, done) => {
  const r = new Readable({ read() {}, autoDestroy: false });
  trace('r', r, log);
  r.push('a');
  r.push(null);
  setTimeout(() => { log.push(`destroyed=${r.destroyed}`); done(); }, 5);
});

scenario('emitClose false', (log, done) => {
  const r = new Readable({ read() {}, emitClose: false });
  trace('r', r, log);
  r.push(null);
  r.resume();
  setTimeout(() => { log.push(`destroyed=${r.destroyed} closed=${r.closed}`); done(); }, 5);
});

(async () => {
  for (const [name, fn] of scenarios) {
    const log = [];
    await new Promise((resolve) => fn(log, resolve));
    await new Promise((resolve) => setTimeout(resolve, 2));
    console.log(`${name}:\n  ${log.join('\n  ')}`);
  }
})();

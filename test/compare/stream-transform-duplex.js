'use strict';
// Transform and Duplex: _transform/_flush with callback data, push from
// _transform, back-pressure between the sides, PassThrough, allowHalfOpen,
// readable/writable false, and the event order of each.
const { Transform, Duplex, PassThrough } = require('stream');

const events = ['data', 'end', 'prefinish', 'finish', 'close', 'error'];
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

scenario('transform upper with flush', (log, done) => {
  const t = new Transform({
    transform(chunk, enc, cb) { log.push(`_transform ${chunk}`); cb(null, String(chunk).toUpperCase()); },
    flush(cb) { log.push('_flush'); cb(null, '!'); },
  });
  trace('t', t, log);
  t.write('a');
  t.write('b', () => log.push('write cb b'));
  t.end('c', () => log.push('end cb'));
  t.on('close', done);
});

scenario('transform pushing several', (log, done) => {
  const t = new Transform({
    transform(chunk, enc, cb) {
      for (const ch of String(chunk)) this.push(ch);
      setTimeout(cb, 1);
    },
  });
  trace('t', t, log);
  t.end('xyz');
  t.on('close', done);
});

scenario('transform back-pressure', (log, done) => {
  const t = new Transform({
    readableHighWaterMark: 2,
    writableHighWaterMark: 2,
    readableObjectMode: true,
    writableObjectMode: true,
    transform(chunk, enc, cb) { log.push(`_transform ${chunk}`); cb(null, chunk); },
  });
  for (let i = 0; i < 6; i++) {
    log.push(`write ${i} -> ${t.write(i)} rlen=${t.readableLength} wlen=${t.writableLength}`);
  }
  t.end();
  setTimeout(() => {
    log.push(`before read rlen=${t.readableLength} wlen=${t.writableLength}`);
    t.on('data', (d) => log.push(`data ${d}`));
    t.on('end', () => { log.push('end'); done(); });
  }, 5);
});

scenario('transform error in callback', (log, done) => {
  const t = new Transform({
    transform(chunk, enc, cb) { cb(new Error('bad chunk')); },
  });
  trace('t', t, log);
  t.write('a', (err) => log.push(`write cb ${err && err.message}`));
  t.on('close', done);
});

scenario('passthrough', (log, done) => {
  const p = new PassThrough();
  trace('p', p, log);
  p.write('1');
  p.end('2');
  p.on('close', done);
});

scenario('duplex allowHalfOpen false', (log, done) => {
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(chunk, enc, cb) { log.push(`_write ${chunk}`); cb(); },
    final(cb) { log.push('_final'); cb(); },
  });
  trace('d', d, log);
  d.write('w1');
  d.push('r1');
  d.push(null);
  d.on('close', () => { log.push(`writableEnded=${d.writableEnded}`); done(); });
});

scenario('duplex half open', (log, done) => {
  const d = new Duplex({
    read() {},
    write(chunk, enc, cb) { cb(); },
  });
  trace('d', d, log);
  d.push(null);
  d.resume();
  setTimeout(() => {
    log.push(`writable=${d.writable} destroyed=${d.destroyed}`);
    d.end();
    d.on('close', done);
  }, 3);
});

scenario('duplex readable false', (log, done) => {
  const d = new Duplex({ readable: false, write(chunk, enc, cb) { cb(); } });
  trace('d', d, log);
  log.push(`readable=${d.readable} writable=${d.writable}`);
  d.end('x');
  d.on('close', done);
});

scenario('duplex writable false', (log, done) => {
  const d = new Duplex({ writable: false, read() { this.push('r'); this.push(null); } });
  trace('d', d, log);
  log.push(`readable=${d.readable} writable=${d.writable}`);
  d.on('close', done);
});

scenario('duplex destroy', (log, done) => {
  const d = new Duplex({ read() {}, write(chunk, enc, cb) { cb(); } });
  trace('d', d, log);
  d.destroy(new Error('dd'));
  log.push(`destroyed=${d.destroyed} readableAborted=${d.readableAborted} writableAborted=${d.writableAborted}`);
  d.on('close', done);
});

(async () => {
  for (const [name, fn] of scenarios) {
    const log = [];
    await new Promise((resolve) => fn(log, resolve));
    await new Promise((resolve) => setTimeout(resolve, 2));
    console.log(`${name}:\n  ${log.join('\n  ')}`);
  }
})();

'use strict';
// Event order of a Writable: write callbacks, 'drain', _final, 'prefinish',
// 'finish', 'close', errors from _write, write after end, destroy with queued
// writes, cork/uncork with _writev.
const { Writable } = require('stream');

const events = ['drain', 'prefinish', 'finish', 'close', 'error'];
function trace(name, stream, log) {
  for (const ev of events) {
    stream.on(ev, (arg) => {
      log.push(`${name}:${ev}${ev === 'error' ? ` ${arg.code || arg.message}` : ''}`);
    });
  }
}

const scenarios = [];
function scenario(name, fn) { scenarios.push([name, fn]); }

scenario('sync _write, end with callback', (log, done) => {
  const w = new Writable({
    write(chunk, enc, cb) { log.push(`_write ${chunk} ${enc}`); cb(); },
  });
  trace('w', w, log);
  log.push(`write -> ${w.write('a', () => log.push('cb a'))}`);
  log.push(`write -> ${w.write('b', () => log.push('cb b'))}`);
  w.end('c', () => log.push('end cb'));
  log.push(`ended=${w.writableEnded} finished=${w.writableFinished}`);
  w.on('close', done);
});

scenario('async _write with drain', (log, done) => {
  const w = new Writable({
    highWaterMark: 3,
    write(chunk, enc, cb) { log.push(`_write ${chunk}`); setTimeout(cb, 1); },
  });
  trace('w', w, log);
  for (const c of ['ab', 'cd', 'ef']) {
    log.push(`write ${c} -> ${w.write(c, () => log.push(`cb ${c}`))} len=${w.writableLength} needDrain=${w.writableNeedDrain}`);
  }
  w.once('drain', () => { w.end(); });
  w.on('close', done);
});

scenario('_final', (log, done) => {
  const w = new Writable({
    write(chunk, enc, cb) { cb(); },
    final(cb) { log.push('_final'); setTimeout(() => { log.push('_final done'); cb(); }, 1); },
  });
  trace('w', w, log);
  w.end('x', () => log.push('end cb'));
  w.on('close', done);
});

scenario('_write error', (log, done) => {
  const w = new Writable({
    write(chunk, enc, cb) { cb(new Error('write failed')); },
  });
  trace('w', w, log);
  w.write('a', (err) => log.push(`cb a ${err && err.message}`));
  w.write('b', (err) => log.push(`cb b ${err && (err.code || err.message)}`));
  w.on('close', () => { log.push(`errored=${w.errored && w.errored.message}`); done(); });
});

scenario('write after end', (log, done) => {
  const w = new Writable({ write(chunk, enc, cb) { cb(); } });
  trace('w', w, log);
  w.end();
  log.push(`write -> ${w.write('late', (err) => log.push(`cb ${err.code}`))}`);
  w.on('close', done);
});

scenario('destroy with queued writes', (log, done) => {
  const w = new Writable({ write(chunk, enc, cb) { setTimeout(cb, 5); } });
  trace('w', w, log);
  w.write('a', (err) => log.push(`cb a ${err && err.code}`));
  w.write('b', (err) => log.push(`cb b ${err && err.code}`));
  w.end((err) => log.push(`end cb ${err && err.code}`));
  w.destroy();
  log.push(`write after destroy -> ${w.write('c', (err) => log.push(`cb c ${err && err.code}`))}`);
  setTimeout(done, 20);
});

scenario('cork and writev', (log, done) => {
  const w = new Writable({
    write(chunk, enc, cb) { log.push(`_write ${chunk}`); cb(); },
    writev(chunks, cb) { log.push(`_writev ${chunks.map((c) => String(c.chunk)).join(',')} allBuffers=${chunks.allBuffers}`); cb(); },
  });
  trace('w', w, log);
  w.cork();
  w.write('a');
  w.write('b');
  log.push(`corked=${w.writableCorked} len=${w.writableLength}`);
  process.nextTick(() => { w.uncork(); w.end('z'); });
  w.on('close', done);
});

scenario('decodeStrings false and objectMode', (log, done) => {
  const w = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) { log.push(`_write ${typeof chunk} ${enc}`); cb(); },
  });
  w.write('text', 'latin1');
  w.write(Buffer.from('x'));
  const o = new Writable({
    objectMode: true,
    write(chunk, enc, cb) { log.push(`obj ${JSON.stringify(chunk)} ${enc}`); cb(); },
  });
  o.write({ a: 1 });
  o.write(5);
  o.end();
  o.on('finish', () => { log.push(`hwm=${o.writableHighWaterMark} obj=${o.writableObjectMode}`); done(); });
});

scenario('final error', (log, done) => {
  const w = new Writable({
    write(chunk, enc, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  trace('w', w, log);
  w.end((err) => log.push(`end cb ${err && err.message}`));
  w.on('close', done);
});

(async () => {
  for (const [name, fn] of scenarios) {
    const log = [];
    await new Promise((resolve) => fn(log, resolve));
    await new Promise((resolve) => setTimeout(resolve, 2));
    console.log(`${name}:\n  ${log.join('\n  ')}`);
  }
})();

'use strict';
// Writable back-pressure bookkeeping against node 20: write()'s return value
// and writableNeedDrain are measured after _write ran, so a write completed
// synchronously leaves no debt; inside _write the chunk already counts in
// writableLength; re-entrant writes, synchronous errors, Transform and
// PassThrough; then seeded random sequences of writes, cork/uncork and end()
// over synchronous, nextTick and setImmediate completions.
const { Writable, Transform, PassThrough } = require('stream');
const log = (...a) => console.log(...a);

function fixed() {
  function mk(hwm, sync, objectMode = false) {
    const w = new Writable({
      highWaterMark: hwm,
      objectMode,
      write(c, e, cb) {
        log('  _write', String(c), 'needDrain', w.writableNeedDrain, 'len', w.writableLength);
        if (sync) cb(); else setImmediate(cb);
      },
    });
    w.on('drain', () => log('  drain'));
    return w;
  }
  return (async () => {
    for (const [hwm, sync, chunk, om] of [
      [1, true, 'ab'], [3, true, 'ab'], [2, true, 'ab'], [2, false, 'ab'], [0, true, ''],
      [0, true, 'a'], [1, true, ''], [1, true, 'x', true], [2, true, 'x', true], [0, false, ''],
    ]) {
      log('hwm', hwm, 'sync', sync, JSON.stringify(chunk), om ? 'obj' : '');
      const w = mk(hwm, sync, om);
      log('  ret1', w.write(chunk), 'needDrain', w.writableNeedDrain, 'len', w.writableLength);
      log('  ret2', w.write(chunk), 'needDrain', w.writableNeedDrain, 'len', w.writableLength);
      await turns(4);
      log('  after', w.writableNeedDrain);
    }
  })();
}

function edges() {
  return new Promise((resolve) => {
    {
      let n = 0;
      const w = new Writable({
        highWaterMark: 3,
        write(c, e, cb) {
          log('_write', String(c), w.writableLength, w.writableNeedDrain);
          if (n++ < 2) log('inner', w.write('in' + n), w.writableLength, w.writableNeedDrain);
          cb();
        },
      });
      w.on('drain', () => log('drain1'));
      log('outer', w.write('ab'), w.writableLength, w.writableNeedDrain);
    }
    {
      const w = new Writable({ highWaterMark: 2, write(c, e, cb) { cb(new Error('sync err')); } });
      w.on('error', (e) => log('error', e.message));
      w.on('drain', () => log('drain2'));
      log('ret', w.write('abc', (e) => log('cb', e && e.message)), w.writableNeedDrain, w.writableLength);
    }
    {
      const t = new Transform({ highWaterMark: 2, transform(c, e, cb) { cb(null, c); } });
      t.on('drain', () => log('t drain'));
      for (let i = 0; i < 3; i++) {
        log('t', t.write('abc'), t.writableNeedDrain, t.writableLength, t.readableLength);
      }
      turns(2).then(() => {
        t.read();
        log('after read', t.writableNeedDrain, t.writableLength, t.readableLength);
        t.resume();
        return turns(4);
      }).then(resolve);
    }
    {
      const p = new PassThrough({ highWaterMark: 1, objectMode: true });
      log('p', p.write(1), p.write(2), p.writableNeedDrain);
      p.on('drain', () => log('p drain'));
      p.on('data', (d) => log('p data', d));
    }
  });
}

// Lets `n` event-loop turns go by (timers would race with setImmediate).
function turns(n) {
  return new Promise((resolve) => {
    const next = () => (n-- > 0 ? setImmediate(next) : resolve());
    next();
  });
}

let seed = 12345;
const rnd = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
async function scenario(id) {
  const hwm = rnd(5);
  const objectMode = rnd(3) === 0;
  const mode = rnd(3);
  const useWritev = rnd(3) === 0;
  const finish = (cb) => (mode === 0 ? cb() : mode === 1 ? process.nextTick(cb) : setImmediate(cb));
  const opts = { highWaterMark: hwm, objectMode };
  opts.write = (c, e, cb) => {
    log(id, '_write', String(c), w.writableNeedDrain, w.writableLength);
    finish(cb);
  };
  if (useWritev) {
    opts.writev = (cs, cb) => {
      log(id, '_writev', cs.length, w.writableNeedDrain, w.writableLength);
      finish(cb);
    };
  }
  const w = new Writable(opts);
  w.on('drain', () => log(id, 'drain', w.writableLength, w.writableNeedDrain));
  w.on('finish', () => log(id, 'finish'));
  w.on('close', () => log(id, 'close'));
  log(id, 'hwm', hwm, objectMode, mode, useWritev);
  const n = 1 + rnd(6);
  for (let i = 0; i < n; i++) {
    const op = rnd(10);
    if (op < 6) {
      const s = 'x'.repeat(rnd(4));
      const r = w.write(s, () => log(id, 'cb', i));
      log(id, 'write', s.length, r, w.writableNeedDrain, w.writableLength);
    } else if (op === 6) {
      w.cork();
      log(id, 'cork');
    } else if (op === 7) {
      w.uncork();
      log(id, 'uncork', w.writableNeedDrain, w.writableLength);
    } else if (op === 8) {
      await new Promise((r) => setImmediate(r));
      log(id, 'turn', w.writableNeedDrain, w.writableLength);
    } else {
      process.nextTick(() => log(id, 'tick'));
    }
  }
  if (rnd(2)) {
    w.end(() => log(id, 'end callback'));
    log(id, 'end', w.writableNeedDrain);
  }
  await turns(12);
  log(id, 'final', w.writableNeedDrain, w.writableLength, w.writableFinished);
}

(async () => {
  await fixed();
  log('--- edges');
  await edges();
  log('--- random');
  for (let i = 0; i < 60; i++) await scenario(i);
})();

// node:zlib event order: a stream's life, errors, close during work,
// one-shot callbacks among timers and ticks.
'use strict';
const zlib = require('zlib');

function watch(name, s) {
  for (const ev of ['finish', 'end', 'close', 'error', 'prefinish']) {
    s.on(ev, (e) => console.log(name, ev, ev === 'error' ? `${e.code} ${e.message}` : ''));
  }
  s.on('data', (d) => console.log(name, 'data', d.length));
}

const steps = [
  (next) => {
    const g = zlib.createGzip();
    watch('gzip', g);
    g.write('hello ', () => console.log('gzip write cb'));
    g.end('world', () => console.log('gzip end cb'));
    g.on('close', next);
  },
  (next) => {
    const g = zlib.createGunzip();
    watch('gunzip-bad', g);
    g.write(Buffer.from('not gzip'), (e) => console.log('gunzip-bad write cb', e && e.code));
    g.on('close', next);
  },
  (next) => {
    const d = zlib.createInflate();
    watch('inflate-closed', d);
    d.write(zlib.deflateSync('x'.repeat(100000)));
    d.close((e) => console.log('inflate-closed close cb', e && e.code));
    d.on('close', next);
  },
  (next) => {
    const d = zlib.createDeflate();
    watch('deflate-destroy', d);
    d.destroy(new Error('stop'));
    d.on('close', next);
  },
  (next) => {
    const b = zlib.createBrotliDecompress();
    watch('brotli-truncated', b);
    b.end(zlib.brotliCompressSync('hello brotli hello brotli').subarray(0, 8));
    b.on('close', next);
  },
  (next) => {
    zlib.gzip('one-shot', (e, r) => {
      console.log('gzip cb', e, r.length);
      zlib.gunzip(r, (e2, t) => {
        console.log('gunzip cb', e2, t.toString());
        zlib.inflate(Buffer.from('garbage'), (e3) => {
          console.log('inflate cb', e3.code, e3.message, e3.errno);
          next();
        });
      });
    });
  },
];

let i = 0;
(function run() {
  if (i < steps.length) {
    console.log('---');
    steps[i++](() => setImmediate(run));
  }
})();

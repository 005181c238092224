// node:zlib failures: corrupt, truncated and oversized input in every format,
// through the Sync, callback and stream forms; message, code and errno.
'use strict';
const zlib = require('zlib');

function show(label, e) {
  if (!e) return console.log(label, 'no error');
  console.log(label, `${e.name}: ${e.message}`, e.code, e.errno);
}

const text = 'hello hello hello world '.repeat(50);
const packed = {
  gunzip: zlib.gzipSync(text),
  inflate: zlib.deflateSync(text),
  inflateRaw: zlib.deflateRawSync(text),
  unzip: zlib.gzipSync(text),
  brotliDecompress: zlib.brotliCompressSync(text),
};
const garbage = Buffer.from('this is not compressed data at all, not even close');

const cases = [];
for (const [fn, good] of Object.entries(packed)) {
  cases.push([`${fn} corrupt`, fn, garbage, {}]);
  cases.push([`${fn} truncated`, fn, good.subarray(0, good.length - 5), {}]);
  cases.push([`${fn} half`, fn, good.subarray(0, good.length >> 1), {}]);
  cases.push([`${fn} empty`, fn, Buffer.alloc(0), {}]);
  cases.push([`${fn} flipped`, fn, Buffer.from(good).fill(0x55, 10, 14), {}]);
  cases.push([`${fn} maxOutputLength`, fn, good, { maxOutputLength: 100 }]);
  cases.push([`${fn} sync-flush finish`, fn, good.subarray(0, good.length - 5),
              { finishFlush: fn === 'brotliDecompress' ? zlib.constants.BROTLI_OPERATION_FLUSH :
                zlib.constants.Z_SYNC_FLUSH }]);
}
cases.push(['gunzip trailing garbage', 'gunzip', Buffer.concat([packed.gunzip, garbage]), {}]);
cases.push(['gunzip trailing zeros', 'gunzip', Buffer.concat([packed.gunzip, Buffer.alloc(7)]), {}]);
cases.push(['inflate trailing garbage', 'inflate', Buffer.concat([packed.inflate, garbage]), {}]);
cases.push(['inflate missing dictionary', 'inflate',
            zlib.deflateSync(text, { dictionary: Buffer.from('hello') }), {}]);
cases.push(['inflate bad dictionary', 'inflate',
            zlib.deflateSync(text, { dictionary: Buffer.from('hello') }),
            { dictionary: Buffer.from('world') }]);
cases.push(['inflate small window', 'inflate', packed.inflate, { windowBits: 8 }]);

for (const [label, fn, input, opts] of cases) {
  try {
    const out = zlib[fn + 'Sync'](input, opts);
    console.log(label, 'sync ok', out.length);
  } catch (e) {
    show(label + ' sync', e);
  }
}

let i = 0;
function next() {
  if (i === cases.length) return streams();
  const [label, fn, input, opts] = cases[i++];
  zlib[fn](input, opts, (e, out) => {
    if (e) show(label + ' async', e);
    else console.log(label, 'async ok', out.length);
    next();
  });
}
next();

const ctors = {
  gunzip: zlib.createGunzip, inflate: zlib.createInflate, inflateRaw: zlib.createInflateRaw,
  unzip: zlib.createUnzip, brotliDecompress: zlib.createBrotliDecompress,
};
function streams() {
  let j = 0;
  (function step() {
    if (j === cases.length) return;
    const [label, fn, input, opts] = cases[j++];
    const s = ctors[fn](opts);
    let n = 0;
    let errored = false;
    s.on('data', (d) => { n += d.length; });
    s.on('error', (e) => {
      errored = true;
      show(label + ' stream', e);
    });
    s.on('close', () => {
      if (!errored) console.log(label, 'stream ok', n);
      step();
    });
    s.end(input);
  })();
}

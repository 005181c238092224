// bench: metric=ops+wall
//
// Buffer.concat of 1000 chunks of 16 to 256 bytes (what a stream consumer
// gathers), with and without an explicit total length. One op is one concat.
// The result's length and a sample of bytes are checked.
'use strict';
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const chunks = [];
let total = 0;
for (let i = 0; i < 1000; i++) {
  const size = 16 + ((i * 37) % 241);
  chunks.push(Buffer.alloc(size, i & 0xff));
  total += size;
}

const N = 2000;
let ok = true;
const start = now();
for (let i = 0; i < N; i++) {
  const b = i & 1 ? Buffer.concat(chunks, total) : Buffer.concat(chunks);
  if (b.length !== total || b[total - 1] !== (999 & 0xff)) ok = false;
}
const ms = now() - start;
if (!ok) {
  console.error('buffer-concat: wrong result');
  process.exit(1);
}
console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);

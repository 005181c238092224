// bench: metric=ops+wall
//
// base64 round trips of a 256 KiB binary buffer: toString('base64') then
// Buffer.from(string, 'base64'); every fourth op uses base64url. One op is one
// encode plus one decode. Each decoded buffer must equal the source.
'use strict';
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const src = Buffer.alloc(256 * 1024);
let x = 12345;
for (let i = 0; i < src.length; i++) {
  x = (x * 1103515245 + 12345) >>> 0;
  src[i] = x >>> 24;
}

const N = 400;
let ok = true;
const start = now();
for (let i = 0; i < N; i++) {
  const enc = i % 4 === 3 ? 'base64url' : 'base64';
  const s = src.toString(enc);
  const back = Buffer.from(s, enc);
  if (back.length !== src.length || back[i] !== src[i]) ok = false;
}
const ms = now() - start;
if (!ok || !Buffer.from(src.toString('base64'), 'base64').equals(src)) {
  console.error('buffer-base64: round trip failed');
  process.exit(1);
}
console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);

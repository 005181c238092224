// bench: metric=ops+wall
//
// UTF-8 decoding: buf.toString() of a 1 MiB buffer of pure ASCII and of a
// 1 MiB buffer of mixed text (Latin-1, CJK, emoji), alternately. One op is one
// buffer decoded. The strings are checked against the source text.
'use strict';
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const ascii = 'The quick brown fox jumps over the lazy dog. '.repeat(23302);
const parts = ['The quick brown fox jumps over the lazy dog. ', 'café déjà vu ', '日本語のテキスト ', '😀 '];
let mixed = '';
for (let i = 0; mixed.length < 1 << 20; i++) mixed += parts[i % 7 === 6 ? 3 : i % 5 === 4 ? 2 : i % 3 === 2 ? 1 : 0];
const bufs = [Buffer.from(ascii), Buffer.from(mixed)];
const texts = [ascii, mixed];

const N = 200;
let total = 0;
const start = now();
for (let i = 0; i < N; i++) {
  const s = bufs[i & 1].toString();
  total += s.length;
}
const ms = now() - start;
if (total !== (N / 2) * (ascii.length + mixed.length) ||
    bufs[0].toString() !== ascii || bufs[1].toString() !== mixed) {
  console.error('buffer-utf8-decode: wrong text');
  process.exit(1);
}
console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);

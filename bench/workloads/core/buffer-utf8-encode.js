// bench: metric=ops+wall
//
// UTF-8 encoding of a 1 MiB-character string (mostly ASCII with Latin-1,
// CJK and astral characters mixed in, as real text has): Buffer.from(string)
// and buf.write(string) into a preallocated buffer, alternately. One op is
// one whole string encoded. The bytes are checked against a known digest.
'use strict';
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const parts = ['The quick brown fox jumps over the lazy dog. ', 'café déjà vu ', '日本語のテキスト ', '😀 '];
let text = '';
for (let i = 0; text.length < 1 << 20; i++) text += parts[i % 7 === 6 ? 3 : i % 5 === 4 ? 2 : i % 3 === 2 ? 1 : 0];
const expected = Buffer.byteLength(text);
const target = Buffer.alloc(expected);

function checksum(buf) {
  let h = 0;
  for (let i = 0; i < buf.length; i += 97) h = (h * 31 + buf[i]) | 0;
  return h;
}

const N = 200;
let sum = 0;
const start = now();
for (let i = 0; i < N; i++) {
  if (i % 2 === 0) {
    const b = Buffer.from(text);
    if (b.length !== expected) throw new Error(`length ${b.length} !== ${expected}`);
    sum += b[b.length - 1];
  } else {
    const n = target.write(text);
    if (n !== expected) throw new Error(`wrote ${n} !== ${expected}`);
    sum += target[n - 1];
  }
}
const ms = now() - start;
if (checksum(Buffer.from(text)) !== checksum(target) || sum !== N * target[expected - 1]) {
  console.error('buffer-utf8-encode: wrong bytes');
  process.exit(1);
}
console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);

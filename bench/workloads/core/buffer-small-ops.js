// bench: metric=ops+wall
//
// The small calls protocol code makes all the time: Buffer.from of a short
// string (pooled), toString of it, and readUInt32LE/writeUInt32BE on an
// 8-byte header. One op is one round of all four. Results are checked.
'use strict';
const now = typeof process.hrtime?.bigint === 'function'
  ? () => Number(process.hrtime.bigint()) / 1e6
  : () => Date.now();

const words = ['GET', 'content-length', 'keep-alive', 'héllo', 'x-request-id'];
const header = Buffer.alloc(8);
const N = 500000;
let sum = 0;
const start = now();
for (let i = 0; i < N; i++) {
  const b = Buffer.from(words[i % 5]);
  const s = b.toString();
  header.writeUInt32BE(i, 0);
  sum += s.length + header.readUInt32LE(0) % 7;
}
const ms = now() - start;
let expected = 0;
for (let i = 0; i < N; i++) {
  header.writeUInt32BE(i, 0);
  expected += words[i % 5].length + header.readUInt32LE(0) % 7;
}
if (sum !== expected) {
  console.error(`buffer-small-ops: ${sum} !== ${expected}`);
  process.exit(1);
}
console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);

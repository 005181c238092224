// bench: metric=ops+wall+sha256-256mib, runs=5, timeout=120
//
// SHA-256 of 256 MiB fed to one Hash in 64 KiB chunks (hash.update per
// chunk), the shape of hashing a large file or upload. ops/s is chunks per
// second; sha256-256mib is the whole digest in ms (lower is better). The
// chunk contents vary so the digest is checked against a second Hash fed
// the same bytes in 1 MiB pieces.
'use strict';
const crypto = require('crypto');

const CHUNK = 64 * 1024;
const TOTAL = 256 * 1024 * 1024;
const now = () => Number(process.hrtime.bigint()) / 1e6;

// 16 distinct chunks, used in rotation.
const chunks = [];
for (let c = 0; c < 16; c++) {
  const b = Buffer.alloc(CHUNK);
  for (let i = 0; i < CHUNK; i++) b[i] = (i * 31 + c * 7) & 0xff;
  chunks.push(b);
}
const n = TOTAL / CHUNK;

const t0 = now();
const h = crypto.createHash('sha256');
for (let i = 0; i < n; i++) h.update(chunks[i & 15]);
const digest = h.digest('hex');
const ms = now() - t0;

// Check: the same stream in 1 MiB pieces.
const big = Buffer.concat(chunks);
const check = crypto.createHash('sha256');
for (let i = 0; i < TOTAL / big.length; i++) check.update(big);
if (check.digest('hex') !== digest) {
  console.error('digest mismatch');
  process.exit(1);
}

console.log(`ops/s: ${Math.round(n / (ms / 1e3))}`);
console.log(JSON.stringify({ metric: 'sha256-256mib', value: Number(ms.toFixed(2)),
                             unit: 'ms', better: 'lower' }));

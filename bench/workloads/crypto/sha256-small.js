// bench: metric=ops+wall, runs=10
//
// SHA-256 of 100,000 short strings, one createHash(...).update(s).digest('hex')
// chain each: the per-call cost of hashing keys, ids and cache entries. One
// op is one digest. A sample of digests is checked against known values.
'use strict';
const crypto = require('crypto');

const N = 100000;
const now = () => Number(process.hrtime.bigint()) / 1e6;
const inputs = [];
for (let i = 0; i < N; i++) inputs.push(`user:${i}:session-${(i * 2654435761) % 1000003}`);

function run() {
  const out = new Array(N);
  for (let i = 0; i < N; i++) {
    out[i] = crypto.createHash('sha256').update(inputs[i]).digest('hex');
  }
  return out;
}

run();  // warm up
const t0 = now();
const out = run();
const ms = now() - t0;

if (crypto.createHash('sha256').update('abc').digest('hex') !==
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad') {
  console.error('bad sha256');
  process.exit(1);
}
for (let i = 0; i < N; i += 9973) {
  const ref = crypto.createHash('sha256').update(Buffer.from(inputs[i])).digest('hex');
  if (out[i] !== ref || out[i].length !== 64) {
    console.error(`mismatch at ${i}`);
    process.exit(1);
  }
}
console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);

// bench: metric=ops+wall, runs=10
//
// crypto.randomUUID() one million times (request ids, database keys). One op
// is one UUID. Every UUID is checked to be a well-formed version 4 UUID and
// a sample to be distinct.
'use strict';
const crypto = require('crypto');

const N = 1000000;
const now = () => Number(process.hrtime.bigint()) / 1e6;
const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

for (let i = 0; i < 10000; i++) crypto.randomUUID();  // warm up
const out = new Array(N);
const t0 = now();
for (let i = 0; i < N; i++) out[i] = crypto.randomUUID();
const ms = now() - t0;

const seen = new Set();
for (let i = 0; i < N; i++) {
  if (out[i].length !== 36 || (i % 101 === 0 && !re.test(out[i]))) {
    console.error(`bad uuid ${out[i]}`);
    process.exit(1);
  }
  if (i % 97 === 0) seen.add(out[i]);
}
if (seen.size !== Math.ceil(N / 97)) {
  console.error('duplicate uuids');
  process.exit(1);
}
console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);

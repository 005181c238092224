// bench: metric=ops+wall, runs=10
//
// HMAC-SHA256 of 100,000 short messages, one
// createHmac('sha256', key).update(msg).digest('hex') chain each (signing
// cookies, webhooks, API requests), alternating a string key and a Buffer
// key. One op is one MAC. RFC 4231 case 2 and a sample of MACs are checked.
'use strict';
const crypto = require('crypto');

const N = 100000;
const now = () => Number(process.hrtime.bigint()) / 1e6;
const keyString = 'webhook-signing-secret-0123456789';
const keyBuffer = Buffer.from('c2VjcmV0LWtleS1ieXRlcy1mb3ItaG1hYw==', 'base64');
const msgs = [];
for (let i = 0; i < N; i++) msgs.push(`{"id":${i},"event":"order.paid","ts":${1700000000 + i}}`);

function run() {
  const out = new Array(N);
  for (let i = 0; i < N; i++) {
    const key = (i & 1) ? keyBuffer : keyString;
    out[i] = crypto.createHmac('sha256', key).update(msgs[i]).digest('hex');
  }
  return out;
}

run();  // warm up
const t0 = now();
const out = run();
const ms = now() - t0;

if (crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex') !==
    '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843') {
  console.error('bad hmac');
  process.exit(1);
}
for (let i = 0; i < N; i += 9973) {
  const key = (i & 1) ? keyBuffer : Buffer.from(keyString);
  const h = crypto.createHmac('sha256', key);
  h.update(msgs[i].slice(0, 5));
  h.update(Buffer.from(msgs[i].slice(5)));
  if (out[i] !== h.digest('hex')) {
    console.error(`mismatch at ${i}`);
    process.exit(1);
  }
}
console.log(`ops/s: ${Math.round(N / (ms / 1e3))}`);

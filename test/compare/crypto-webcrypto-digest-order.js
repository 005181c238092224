'use strict';
// subtle.digest results and rejections, and when its promise settles
// relative to ticks, microtasks, timers and immediates.
const order = [];
const log = (x) => order.push(x);
setTimeout(() => log('timeout'), 0);
setImmediate(() => log('immediate'));
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('microtask'));
crypto.subtle.digest('SHA-256', new Uint8Array([1, 2, 3])).then((ab) => {
  log(`digest ${Buffer.from(ab).toString('hex')}`);
});
crypto.subtle.digest('sha-1', Buffer.from('abc')).then((ab) => log(`sha1 ${Buffer.from(ab).toString('hex')}`));
crypto.subtle.digest('SHA-3', Buffer.from('abc')).catch((e) => log(`reject ${e.name} ${e.message}`));
crypto.subtle.digest('SHA-512', 'abc').catch((e) => log(`reject ${e.name} ${e.code}`));
crypto.subtle.digest({ name: 'SHA-384' }, new ArrayBuffer(0)).then((ab) => log(`sha384 ${ab.byteLength}`));
setTimeout(() => {
  // Digests are separate thread-pool jobs and may complete in any order;
  // what must hold is that none settles before the tick and microtask.
  const events = order.filter((x) => x !== 'timeout' && x !== 'immediate');
  const head = events.filter((x) => !/^(digest|sha1|sha384) /.test(x));
  const digests = events.filter((x) => /^(digest|sha1|sha384) /.test(x)).sort();
  console.log(head.concat(digests).join('\n'));
}, 100);

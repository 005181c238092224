'use strict';
// Errors of randomBytes/randomFill/randomInt/randomUUID/getRandomValues, and
// the order async random callbacks run in against ticks, timers and
// immediates.
const crypto = require('crypto');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r && r.constructor && r.constructor.name, r && r.length);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e).join(','));
  }
}

show('size neg', () => crypto.randomBytes(-1));
show('size str', () => crypto.randomBytes('1'));
show('size big', () => crypto.randomBytes(2 ** 31));
show('size NaN', () => crypto.randomBytes(NaN));
show('size inf', () => crypto.randomBytes(Infinity));
show('size float', () => crypto.randomBytes(2.9));
show('cb type', () => crypto.randomBytes(3, 'x'));
show('cb null', () => crypto.randomBytes(3, null));
show('fill buf', () => crypto.randomFillSync(1));
show('fill str', () => crypto.randomFillSync('abc'));
show('fill offset', () => crypto.randomFillSync(Buffer.alloc(4), 5));
show('fill offset neg', () => crypto.randomFillSync(Buffer.alloc(4), -1));
show('fill offset str', () => crypto.randomFillSync(Buffer.alloc(4), 'a'));
show('fill offset NaN', () => crypto.randomFillSync(Buffer.alloc(4), NaN));
show('fill size', () => crypto.randomFillSync(Buffer.alloc(4), 1, 4));
show('fill size u32', () => crypto.randomFillSync(new Uint32Array(4), 1, 4));
show('fill size neg', () => crypto.randomFillSync(Buffer.alloc(4), 0, -1));
show('fill ab', () => crypto.randomFillSync(new ArrayBuffer(4), 1, 2));
show('fill dv', () => crypto.randomFillSync(new DataView(new ArrayBuffer(4))));
show('fill f64', () => crypto.randomFillSync(new Float64Array(2), 1, 1));
show('fill no cb', () => crypto.randomFill(Buffer.alloc(4)));
show('fill no cb2', () => crypto.randomFill(Buffer.alloc(4), 1, 2));
show('fill bad offset async', () => crypto.randomFill(Buffer.alloc(4), 9, () => {}));
show('int float', () => crypto.randomInt(1.5));
show('int zero', () => crypto.randomInt(0));
show('int eq', () => crypto.randomInt(5, 5));
show('int less', () => crypto.randomInt(5, 1));
show('int range', () => crypto.randomInt(2 ** 48 + 1));
show('int range2', () => crypto.randomInt(-1, 2 ** 48));
show('int unsafe', () => crypto.randomInt(2 ** 53));
show('int cb', () => crypto.randomInt(1, 2, 3));
show('int min str', () => crypto.randomInt('1', 2));
show('int max str', () => crypto.randomInt(1, '2'));
show('uuid opts', () => crypto.randomUUID(1));
show('uuid opts null', () => crypto.randomUUID(null));
show('uuid cache', () => crypto.randomUUID({ disableEntropyCache: 1 }));
show('grv float', () => crypto.getRandomValues(new Float32Array(2)));
show('grv big', () => crypto.getRandomValues(new Uint8Array(65537)));
show('grv u32 big', () => crypto.getRandomValues(new Uint32Array(16385)));
show('grv dv', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
show('grv none', () => globalThis.crypto.getRandomValues());
show('grv this', () => globalThis.crypto.getRandomValues.call({}, new Uint8Array(1)));
show('Crypto new', () => new (globalThis.crypto.constructor)());

const order = [];
setTimeout(() => order.push('timeout'), 0);
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));
// randomBytes, randomFill and randomInt's first fill are separate thread-pool
// jobs that may finish in any order: the first two report on their own lines.
let bytesResult = 'pending';
crypto.randomBytes(8, function(err, buf) {
  bytesResult = `randomBytes ${err} ${buf.length}`;
});
let fillResult = 'pending';
crypto.randomFill(new Uint8Array(4), (err, buf) => { fillResult = `randomFill ${err} ${buf.length}`; });
crypto.randomInt(10, (err, n) => {
  order.push(`randomInt ${err} ${typeof n}`);
  // The cache is full now: the next callback comes on a tick.
  crypto.randomInt(5, 6, (err2, m) => order.push(`cached randomInt ${err2} ${m}`));
  process.nextTick(() => order.push('tick after cached'));
  Promise.resolve().then(() => order.push('microtask after cached'));
});
setTimeout(() => {
  console.log(order.filter((x) => x !== 'timeout').join(' | '));
  console.log(bytesResult);
  console.log(fillResult);
}, 100);

// Thenables: Promise.resolve(thenable) calls `then` in a later job, a
// throwing `then`, `then` calling both callbacks, getters on `then`.
'use strict';
const out = [];
const log = (s) => out.push(s);
const t1 = { then(res) { log('t1.then'); res('t1 value'); } };
Promise.resolve(t1).then((v) => log(`resolved ${v}`));
const t2 = { then() { log('t2.then throws'); throw new Error('t2 boom'); } };
Promise.resolve(t2).catch((e) => log(`rejected ${e.message}`));
const t3 = {
  then(res, rej) {
    log('t3.then');
    res('first');
    rej(new Error('ignored'));
    res('ignored too');
  },
};
Promise.resolve(t3).then((v) => log(`t3 settled with ${v}`));
let reads = 0;
const t4 = { get then() { reads++; log(`t4 then getter read ${reads}`); return undefined; } };
Promise.resolve(t4).then((v) => log(`t4 is a plain value: ${v === t4}`));
new Promise((res) => res(t1)).then((v) => log(`executor res(thenable) -> ${v}`));
Promise.all([t1, 1, Promise.resolve(2)]).then((v) => log(`all ${v.join(',')}`));
Promise.race([t3, new Promise(() => {})]).then((v) => log(`race ${v}`));
Promise.resolve().then(() => t1).then((v) => log(`returned thenable -> ${v}`));
log('sync end');
setImmediate(() => console.log(out.join('\n')));

// setInterval cleared from inside, from another timer and via its primitive
// id; timeout.refresh() restarting a timer; hasRef/ref/unref return values.
'use strict';
const out = [];
const log = (s) => out.push(s);
let n = 0;
const iv = setInterval(() => {
  n++;
  log(`interval tick ${n}`);
  if (n === 3) {
    clearInterval(iv);
    log(`cleared from inside; hasRef after clear: ${iv.hasRef()}`);
  }
}, 5);
const iv2 = setInterval(() => log('never: iv2 cleared by its numeric id'), 5);
clearInterval(+iv2);
const iv3 = setInterval(() => log('interval 3 tick'), 100);
setTimeout(() => { clearInterval(iv3); log('iv3 cleared before firing'); }, 10);
// refresh: a 60ms timer refreshed at 40ms fires after the 80ms marker.
const r = setTimeout(() => log('refreshed timer fired'), 60);
setTimeout(() => { log(`refresh returns same: ${r.refresh() === r}`); }, 40);
setTimeout(() => log('80ms marker'), 80);
const t = setTimeout(() => {}, 1);
log(`hasRef ${t.hasRef()}`);
log(`unref returns same: ${t.unref() === t}, hasRef ${t.hasRef()}`);
log(`ref returns same: ${t.ref() === t}, hasRef ${t.hasRef()}`);
log(`typeof primitive: ${typeof t[Symbol.toPrimitive]()}`);
log(`setTimeout returns: ${t.constructor.name}, setImmediate returns: ${setImmediate(() => {}).constructor.name}`);
// An interval whose callback re-arms with refresh keeps its period.
let m = 0;
const iv4 = setInterval(() => {
  if (++m === 2) { clearInterval(iv4); log('iv4 done'); }
}, 5);
process.on('exit', () => console.log(out.join('\n')));

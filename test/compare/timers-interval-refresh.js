// setInterval cleared from inside, from another timer and via its primitive
// id; timeout.refresh() restarting a timer; hasRef/ref/unref return values.
'use strict';
const logs = {};
const log = (key, s) => (logs[key] ||= []).push(s);
let n = 0;
const iv = setInterval(() => {
  n++;
  log('inside', `interval tick ${n}`);
  if (n === 3) {
    clearInterval(iv);
    log('inside', `cleared from inside; hasRef after clear: ${iv.hasRef()}`);
  }
}, 5);
const iv2 = setInterval(() => log('numeric', 'never: iv2 cleared by its numeric id'), 5);
clearInterval(+iv2);
log('numeric', 'cleared by number');
const iv3 = setInterval(() => log('other', 'never: interval 3 tick'), 200);
setTimeout(() => { clearInterval(iv3); log('other', 'iv3 cleared before firing'); }, 10);
// refresh: a 100ms timer refreshed at 60ms fires after the 120ms marker.
const r = setTimeout(() => log('refresh', 'refreshed timer fired'), 100);
setTimeout(() => log('refresh', `refresh returns same: ${r.refresh() === r}`), 60);
setTimeout(() => log('refresh', '120ms marker'), 120);
const t = setTimeout(() => {}, 1);
log('api', `hasRef ${t.hasRef()}`);
log('api', `unref returns same: ${t.unref() === t}, hasRef ${t.hasRef()}`);
log('api', `ref returns same: ${t.ref() === t}, hasRef ${t.hasRef()}`);
log('api', `typeof primitive: ${typeof t[Symbol.toPrimitive]()}, +t === +t: ${+t === +t}`);
log('api', `classes: ${t.constructor.name} ${setImmediate(() => {}).constructor.name}`);
// A repeat timer refreshed from its own callback still repeats.
let m = 0;
const iv4 = setInterval(() => {
  m++;
  iv4.refresh();
  if (m === 3) { clearInterval(iv4); log('self-refresh', 'iv4 ran 3 times'); }
}, 5);
process.on('exit', () => {
  for (const key of Object.keys(logs).sort()) console.log(`${key}: ${logs[key].join(' | ')}`);
});

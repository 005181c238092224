// Timers: equal durations fire in insertion order, shorter ones first, ticks
// and promises queued by one timer run before the next timer, intervals stop
// when cleared from inside.
'use strict';
const start = Date.now();
setTimeout(() => console.log('b 20'), 20);
setTimeout(() => console.log('a 10'), 10);
setTimeout(() => {
  console.log('c 10');
  process.nextTick(() => console.log('tick after c'));
  Promise.resolve().then(() => console.log('promise after c'));
}, 10);
setTimeout(() => console.log('d 10'), 10);
let n = 0;
const iv = setInterval(() => {
  console.log('interval', ++n);
  if (n === 3) clearInterval(iv);
}, 30);
const t = setTimeout(() => console.log('never'), 15);
clearTimeout(t);
setTimeout((a, b) => console.log('args', a, b), 200, 'x', 42);
process.on('exit', () => console.log('elapsed at least 90ms:', Date.now() - start >= 89));

// Equal durations fire in insertion order; a timer added to the list being
// run waits for a later pass; ticks and promises run between them.
'use strict';
const out = [];
const log = (s) => out.push(s);
for (const name of ['a', 'b', 'c', 'd']) {
  setTimeout(() => {
    log(`20ms ${name}`);
    if (name === 'a') setTimeout(() => log('20ms added by a (later pass)'), 20);
    if (name === 'b') process.nextTick(() => log('tick from b'));
    if (name === 'c') Promise.resolve().then(() => log('promise from c'));
  }, 20);
}
const cleared = setTimeout(() => log('never: cleared c2'), 20);
setTimeout(() => log('20ms e (after the cleared one)'), 20);
clearTimeout(cleared);
process.on('exit', () => console.log(out.join('\n')));

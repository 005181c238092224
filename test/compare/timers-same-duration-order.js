// Equal durations fire in insertion order; a timer added to the list being
// run waits for a later pass; a slow callback lets the next due timer run
// before immediates queued meanwhile.
'use strict';
const out = [];
const log = (s) => out.push(s);
for (const name of ['a', 'b', 'c']) {
  setTimeout(() => {
    log(`10ms ${name}`);
    if (name === 'a') setTimeout(() => log('10ms added by a (later pass)'), 10);
  }, 10);
}
setTimeout(() => {
  log('slow timer start');
  setImmediate(() => log('immediate queued by slow timer'));
  const until = Date.now() + 60;
  while (Date.now() < until);
}, 40);
setTimeout(() => log('70ms timer, due during the slow one'), 70);
setTimeout(() => log('41ms timer, also due'), 41);
setTimeout(() => log('1ms first'), 1);
process.on('exit', () => console.log(out.join('\n')));

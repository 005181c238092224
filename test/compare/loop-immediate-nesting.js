// Immediates queued while the check phase runs wait for the next loop
// iteration; from a timer callback setImmediate always beats setTimeout(0).
'use strict';
const out = [];
const log = (s) => out.push(s);
setTimeout(() => {
  let sawA = false;
  setTimeout(() => console.log('timeout 0 ran after immediate A:', sawA), 0);
  setImmediate(() => {
    log('immediate A');
    sawA = true;
    setImmediate(() => {
      log('immediate A.1 (next iteration)');
      setImmediate(() => log('immediate A.1.1 (iteration after)'));
    });
    process.nextTick(() => log('tick from A'));
  });
  setImmediate(() => {
    log('immediate B');
    setImmediate(() => log('immediate B.1 (next iteration)'));
  });
  const c = setImmediate(() => log('never: cleared immediate C'));
  setImmediate(() => {
    log('immediate D clears E');
    clearImmediate(e);
  });
  const e = setImmediate(() => log('never: immediate E'));
  clearImmediate(c);
}, 1);
process.on('exit', () => console.log(out.join('\n')));

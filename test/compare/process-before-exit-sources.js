// beforeExit re-arms with an immediate, a timer and a nextTick; work that
// only queues promise jobs runs but does not re-emit beforeExit.
'use strict';
let n = 0;
process.on('beforeExit', (code) => {
  n++;
  console.log(`beforeExit #${n} code=${code} exitCode=${process.exitCode}`);
  if (n === 1) setImmediate(() => console.log('immediate from beforeExit'));
  if (n === 2) setTimeout(() => console.log('timeout from beforeExit'), 1);
  if (n === 3) {
    process.exitCode = 4;
    process.nextTick(() => console.log('tick from beforeExit'));
    Promise.resolve().then(() => console.log('promise from beforeExit'));
  }
});
process.on('beforeExit', () => console.log('second beforeExit listener'));
process.on('exit', (code) => console.log(`exit code=${code}`));
console.log('main done');

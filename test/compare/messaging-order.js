'use strict';
// Where a MessagePort message lands among ticks, promises, immediates and
// timers (posted from a timer callback, so the order is deterministic):
// poll phase, after the current callback's ticks and promises, before the
// check phase.
const log = [];
const { port1, port2 } = new MessageChannel();
port2.onmessage = ({ data }) => {
  log.push(`message ${data}`);
  process.nextTick(() => log.push(`  tick in ${data}`));
  queueMicrotask(() => log.push(`  microtask in ${data}`));
  if (data === 'c') port2.close();
};
port2.addEventListener('close', () => log.push('close'));
setTimeout(() => {
  port1.postMessage('a');
  setImmediate(() => {
    log.push('immediate');
    port1.postMessage('c');
  });
  process.nextTick(() => log.push('tick'));
  Promise.resolve().then(() => log.push('promise'));
  port1.postMessage('b');
  log.push('posted');
}, 2);
process.on('exit', () => console.log(log.join('\n')));

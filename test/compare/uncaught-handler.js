// An 'uncaughtException' listener keeps the process alive; the rest of the
// ticks, timers and immediates still run.
'use strict';
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, origin);
});
process.nextTick(() => { throw new Error('in a tick'); });
process.nextTick(() => console.log('second tick runs'));
setTimeout(() => { throw new Error('in a timer'); }, 1);
setTimeout(() => console.log('second timer runs'), 1);
setImmediate(() => { throw new Error('in an immediate'); });
setImmediate(() => console.log('second immediate runs'));
Promise.resolve().then(() => { throw new Error('in a promise job'); });

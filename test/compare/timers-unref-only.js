// A program whose only pending work is unref'd (timer, interval, immediate)
// ends at once; beforeExit still fires and its work may be unref'd too.
'use strict';
setTimeout(() => console.log('never: timeout'), 50).unref();
setInterval(() => console.log('never: interval'), 10).unref();
setImmediate(() => console.log('never: immediate')).unref();
let n = 0;
process.on('beforeExit', () => {
  console.log('beforeExit', ++n);
  if (n === 1) setTimeout(() => console.log('never: unref from beforeExit'), 10).unref();
});
process.on('exit', (code) => console.log('exit', code));

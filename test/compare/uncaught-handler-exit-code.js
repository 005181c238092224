// With an 'uncaughtException' handler the exit code is whatever the program
// sets: exitCode from the handler survives; a later error calls exit().
'use strict';
let n = 0;
process.on('uncaughtException', (err, origin) => {
  n++;
  console.log('handled', n, err.message, origin);
  process.exitCode = 10 + n;
  if (n === 2) process.exit();
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { throw new Error('first'); }, 1);
setTimeout(() => { throw new Error('second'); }, 5);
setTimeout(() => console.log('never: after exit()'), 30);

// An 'uncaughtException' listener that itself throws: node prints the
// listener's error and exits with code 7; 'exit' listeners see 7.
'use strict';
process.on('exit', (code) => console.log('exit listener code', code));
process.on('uncaughtException', (err) => {
  console.log('handler got', err.message);
  throw new Error('thrown inside the handler');
});
setTimeout(() => { throw new Error('original'); }, 1);

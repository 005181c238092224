// An 'exit' listener that throws: the error is reported as uncaught, the
// exit code is 1 and the next listener is skipped.
'use strict';
process.on('exit', (code) => {
  console.log('exit listener', code);
  throw new Error('thrown from exit listener');
});
process.on('exit', () => console.log('second exit listener'));
console.log('main done');

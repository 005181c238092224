// An error thrown from a 'beforeExit' listener is fatal (exit 1); 'exit'
// listeners still run.
'use strict';
process.on('beforeExit', () => {
  console.log('beforeExit');
  throw new Error('from beforeExit');
});
process.on('exit', (code) => console.log('exit', code));
console.log('main done');

// beforeExit is not emitted for process.exit() or for a fatal exception;
// here process.exit() is called from a timer.
'use strict';
process.on('beforeExit', () => console.log('never: beforeExit'));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => {
  console.log('timer calls process.exit()');
  process.exitCode = 6;
  process.exit();
}, 1);

// beforeExit may schedule more work once; exit runs last with the code.
'use strict';
let once = false;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code);
  if (!once) {
    once = true;
    setTimeout(() => console.log('more work'), 1);
  }
});
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  setTimeout(() => console.log('never runs'), 0);
});
process.exitCode = 3;

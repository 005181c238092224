// Emitting 'beforeExit' and 'exit' by hand runs the listeners without
// exiting; an 'exit' listener added while 'exit' is emitted runs at the real exit.
'use strict';
process.on('exit', () => {
  process.on('exit', () => console.log('added during exit: runs?'));
  setImmediate(() => console.log('never'));
});
process.on('beforeExit', () => { console.log('bx'); });
process.emit('beforeExit', 99);
process.emit('exit', 42);
console.log('manual emits done', process.exitCode);

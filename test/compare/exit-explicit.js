// process.exit() runs 'exit' listeners synchronously and skips pending work.
'use strict';
process.on('exit', (code) => console.log('exit listener', code));
setTimeout(() => console.log('never'), 0);
process.nextTick(() => console.log('never either'));
console.log('before');
process.exit(4);

// An 'exit' listener sees the code and may change it through
// process.exitCode; every listener runs, in order.
'use strict';
process.exitCode = 2;
process.on('exit', (code) => {
  console.log('first listener', code, process.exitCode);
  process.exitCode = 9;
});
process.on('exit', (code) => console.log('second listener', code, process.exitCode));
process.once('exit', () => console.log('once listener'));
console.log('listeners:', process.listenerCount('exit'));

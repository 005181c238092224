// process.exit() inside an 'exit' listener exits at once with that code:
// later listeners do not run and 'exit' is not emitted again.
'use strict';
let calls = 0;
process.on('exit', (code) => {
  calls++;
  console.log('first listener', code, 'call', calls);
  process.exit(3);
});
process.on('exit', () => console.log('never: second listener'));
process.exit(5);

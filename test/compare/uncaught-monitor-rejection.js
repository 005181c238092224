// With an 'uncaughtException' handler, monitors and the handler see an
// unhandled rejection with origin 'unhandledRejection'; the process lives on.
'use strict';
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor:', err.message, origin));
process.on('uncaughtException', (err, origin) => console.log('handler:', err.message, origin));
Promise.reject(new Error('rejected'));
setTimeout(() => {
  console.log('still alive');
  throw new Error('thrown');
}, 5);
setTimeout(() => console.log('after the throw'), 10);
process.on('exit', (code) => console.log('exit', code));
